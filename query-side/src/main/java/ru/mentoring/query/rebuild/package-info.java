/**
 * Projection rebuild: an operator replays one projection or all of them from the event store, and watches the
 * progress while the API keeps answering.
 */
package ru.mentoring.query.rebuild;
