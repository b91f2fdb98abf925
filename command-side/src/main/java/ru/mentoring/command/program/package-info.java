/**
 * The Program aggregate: one organization's mentoring program for one academic year, and its command API.
 */
package ru.mentoring.command.program;
