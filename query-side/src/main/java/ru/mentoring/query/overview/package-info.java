/**
 * The program overview: a program's stage, the checklist of what the stage still needs, and its counts.
 */
package ru.mentoring.query.overview;
