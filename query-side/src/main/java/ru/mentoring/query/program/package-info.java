/**
 * The program registry: every mentoring program with its organization, period and curator, for lists and
 * look-ups.
 */
package ru.mentoring.query.program;
