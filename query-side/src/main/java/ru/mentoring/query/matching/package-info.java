/**
 * The suggestion of mentoring pairs (предложение по распределению): a stable matching of the mentees' base
 * to the mentors' base from stated preferences and compatibility, for the curator to accept or edit.
 */
package ru.mentoring.query.matching;
