/**
 * Submitting a monitoring form: the figures are read from the query side and frozen into the command.
 */
package ru.mentoring.app.reporting;
