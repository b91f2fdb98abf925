package ru.mentoring.app.web.idempotency;

/**
 * What is kept under an idempotency key: the fingerprint of the request that claimed it and, once its command has
 * been answered, that answer (status, {@code Location}, {@code Content-Type}, body). While the command runs,
 * {@code done} is false and the answer is empty.
 */
record KeptAnswer(byte[] fingerprint, boolean done, int status, String location, String contentType, byte[] body) {
}
