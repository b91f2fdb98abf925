package ru.mentoring.app.ui.pairs;

import ru.mentoring.api.pair.PairProgress;

import java.util.List;

/** One row of a program's pairs: the pair's progress with its people by name and its meetings counted. */
public record PairRow(PairProgress progress, List<String> mentors, List<String> mentees, int meetingsHeld) {
}
