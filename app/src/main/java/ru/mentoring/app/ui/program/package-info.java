/**
 * The pages of a mentoring program: the registry, a program's stage and checklist, its preparation, its bases of
 * mentees and mentors, matching and the closing stages.
 */
package ru.mentoring.app.ui.program;
