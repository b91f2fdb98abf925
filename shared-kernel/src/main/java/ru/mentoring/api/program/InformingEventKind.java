package ru.mentoring.api.program;

/**
 * How stakeholders were informed about the program (seed 004, organization items 1–4; seed 001 item 2).
 */
public enum InformingEventKind {
    /** Педагогический совет. */
    PEDAGOGICAL_COUNCIL,
    /** Родительское собрание. */
    PARENTS_MEETING,
    /** Классный час / встреча с обучающимися. */
    CLASS_HOUR,
    /** Встреча с выпускниками и представителями предприятий. */
    GRADUATES_AND_PARTNERS_MEETING,
    /** Публикация в разделе «Наставничество» на сайте. */
    SITE_PUBLICATION
}
