package ru.mentoring.api.program;

/**
 * Who a mentee (наставляемый) is.
 */
public enum MenteeCategory {
    /** Обучающийся общеобразовательной организации; KPIs count ages 10–19. */
    STUDENT,
    /** Студент колледжа или вуза. */
    COLLEGE_STUDENT,
    /** Педагог. */
    TEACHER,
    /** Молодой специалист: 0–3 years of experience, a KPI of its own. */
    YOUNG_SPECIALIST,
    /** Педагог, новый в коллективе. */
    NEW_TEACHER,
    /** Педагог без педагогического образования. */
    TEACHER_WITHOUT_PEDAGOGICAL_EDUCATION
}
