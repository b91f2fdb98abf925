/**
 * How the streaming processors survive a bad event: each event handler of a processing group with a
 * dead-letter queue runs inside a savepoint, so that a failing statement leaves the batch's transaction usable
 * for parking the event; retries of parked events run in transactions of their own.
 */
package ru.mentoring.app.processing;
