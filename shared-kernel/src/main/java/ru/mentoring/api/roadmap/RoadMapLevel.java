package ru.mentoring.api.roadmap;

/**
 * Whose plan a road map is: the region's, a municipality's or one educational organization's.
 */
public enum RoadMapLevel {
    /** Субъект РФ: the regional plan. */
    REGION,
    /** Муниципальный уровень: the plan of a municipal education authority. */
    MUNICIPALITY,
    /** Уровень образовательной организации: the plan of one school, college or institution. */
    ORGANIZATION
}
