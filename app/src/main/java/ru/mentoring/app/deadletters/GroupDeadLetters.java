package ru.mentoring.app.deadletters;

import java.util.List;

/**
 * The dead letters of one processing group, sequence by sequence, each sequence's letters in the order they
 * will be retried.
 *
 * @param letters   how many events are parked in the group
 * @param sequences how many sequences they block
 */
public record GroupDeadLetters(String group, long letters, long sequences, List<ParkedEvent> parked) {
}
