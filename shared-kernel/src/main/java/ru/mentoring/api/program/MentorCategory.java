package ru.mentoring.api.program;

/**
 * Who a mentor (наставник) is.
 */
public enum MentorCategory {
    /** Обучающийся; ages 15–19 count as mentors in the KPIs. */
    STUDENT,
    /** Студент колледжа или вуза, often a graduate of the school. */
    COLLEGE_STUDENT,
    /** Педагог. */
    TEACHER,
    /** Представитель предприятия-партнёра (работодатель); a KPI counts the enterprises. */
    EMPLOYER_REPRESENTATIVE,
    /** Выпускник. */
    GRADUATE,
    /** Руководитель образовательной организации. */
    HEAD,
    /** Педагог вуза или колледжа. */
    UNIVERSITY_TEACHER
}
