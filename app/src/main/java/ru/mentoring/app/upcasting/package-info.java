/**
 * Upcasters that read events stored in an older shape as their current revision, for every reader of the event
 * store: aggregates, projections, replays and the audit history.
 */
package ru.mentoring.app.upcasting;
