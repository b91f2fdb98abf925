/**
 * The write model: aggregates that decide, the policies that react, and the command API in front of them.
 */
package ru.mentoring.command;
