package ru.mentoring.app.deadletters;

import java.util.List;

/**
 * What a retry did: the sequences it tried, those it emptied (every letter handled), and what is still parked in
 * the group afterwards — a sequence whose first letter fails again stays, with the new attempt's cause.
 */
public record RetryOutcome(String group, List<String> retried, List<String> cleared, GroupDeadLetters stillParked) {
}
