package ru.mentoring.api.program;

/**
 * Where a mentee's request came from (seed 004, organization items 5–6).
 */
public enum RequestSource {
    /** The mentee's own questionnaire. */
    SELF,
    CLASS_TEACHER,
    PSYCHOLOGIST,
    SOCIAL_WORKER,
    PARENTS,
    /** The school's administration (for teachers). */
    ADMINISTRATION
}
