/**
 * Road-map progress: every road map's items with their state, and what is done, in progress, overdue and
 * upcoming per road map, section and responsible.
 */
package ru.mentoring.query.roadmap;
