/**
 * The read models: projections built from the event store, their query handlers and the query API.
 */
package ru.mentoring.query;
