/**
 * Idempotent commands: a command sent again with the same {@code Idempotency-Key} is answered as the first time and
 * runs no second time.
 */
package ru.mentoring.app.web.idempotency;
