/**
 * Audit: the history of any aggregate with Russian summaries and exports, past states (which events count here,
 * what they mean in the aggregate itself, asked over the query bus) and the verification of the event store's
 * hash chain.
 */
package ru.mentoring.query.audit;
