/**
 * The admin UI's road maps: the list of plans, one plan with its items, deadlines, timeline and import.
 */
package ru.mentoring.app.ui.roadmap;
