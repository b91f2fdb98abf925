package ru.mentoring.api.program;

/**
 * The steps of a program's lifecycle that other plans watch for: a road-map item can be bound to one and is
 * then completed when the program reaches it (seed 004, organization items 7, 11, 19, 26, 34).
 */
public enum ProgramMilestone {
    /** The base of mentees is formed (база наставляемых сформирована). */
    MENTEE_BASE_FORMED,
    /** The base of mentors is formed (база наставников сформирована). */
    MENTOR_BASE_FORMED,
    /** Pairs and groups are fixed by the head's order (пары/группы закреплены распоряжением). */
    PAIRS_FIXED,
    /** The group final event of all pairs is held (групповая заключительная встреча проведена). */
    FINAL_EVENT_HELD,
    /** The monitoring report is submitted (отчёт мониторинга представлен). */
    MONITORING_REPORT_SUBMITTED,
    /** The program is completed. */
    PROGRAM_COMPLETED
}
