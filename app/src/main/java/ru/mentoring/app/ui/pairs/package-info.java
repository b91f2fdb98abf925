/**
 * The pages of mentoring pairs and groups: a program's pairs with their overdue flags, and one pair's agreement,
 * plan, meetings, feedback and end.
 */
package ru.mentoring.app.ui.pairs;
