/**
 * Dead letters: the events a processing group could not handle, parked by Axon's dead-letter queue so that the
 * rest flows on; the operator lists them, retries them once the cause is fixed, or evicts them with a reason,
 * and sees their number in the metrics and in the health.
 */
package ru.mentoring.app.deadletters;
