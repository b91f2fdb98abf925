package ru.mentoring.api.roadmap;

/**
 * The progress of the items one responsible person or unit is named for, as the document names them.
 */
public record ResponsibleProgress(String responsible, ProgressCounts counts) {
}
