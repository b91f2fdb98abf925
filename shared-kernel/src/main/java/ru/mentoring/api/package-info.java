/**
 * The published language of the mentoring workflow engine: the messages and values both sides share.
 */
package ru.mentoring.api;
