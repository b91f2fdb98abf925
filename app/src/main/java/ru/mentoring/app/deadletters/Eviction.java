package ru.mentoring.app.deadletters;

/**
 * An evicted letter and the id of the {@code DeadLetterEvicted} event that records it.
 */
public record Eviction(String evictionEventId, ParkedEvent evicted, String reason) {
}
