package ru.mentoring.api.roadmap;

/**
 * The progress of one section of a road map.
 */
public record SectionProgress(int sectionNumber, String title, ProgressCounts counts) {
}
