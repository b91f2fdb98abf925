/**
 * Audit: the history of any aggregate with Russian summaries and exports, past states rebuilt by replaying
 * events, and the verification of the event store's hash chain.
 */
package ru.mentoring.query.audit;
