/**
 * The mentoring program (программа наставничества) of one organization for one period: its commands,
 * events, queries and their answers.
 */
package ru.mentoring.api.program;
