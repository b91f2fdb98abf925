package ru.mentoring.api.program;

/**
 * Kinds of mentoring (виды наставничества, seed 002).
 */
public enum MentoringKind {
    /** Виртуальное (дистанционное). */
    VIRTUAL,
    /** Наставничество в группе. */
    GROUP,
    /** Краткосрочное или целеполагающее. */
    SHORT_TERM,
    /** Реверсивное: the younger mentors the senior on new technology. */
    REVERSE,
    /** Ситуационное: on demand. */
    SITUATIONAL,
    /** Скоростное: a single meeting. */
    SPEED
}
