package ru.mentoring.api.program;

import java.util.EnumSet;
import java.util.Set;

import static ru.mentoring.api.program.MenteeCategory.COLLEGE_STUDENT;
import static ru.mentoring.api.program.MenteeCategory.NEW_TEACHER;
import static ru.mentoring.api.program.MenteeCategory.TEACHER;
import static ru.mentoring.api.program.MenteeCategory.TEACHER_WITHOUT_PEDAGOGICAL_EDUCATION;
import static ru.mentoring.api.program.MenteeCategory.YOUNG_SPECIALIST;

/**
 * The eight forms of mentoring (формы наставничества) of DOMAIN.md: each a role pair "mentor – mentee" that
 * constrains who may be the mentor and who the mentee.
 */
public enum MentoringForm {
    STUDENT_STUDENT("ученик – ученик", EnumSet.of(MentorCategory.STUDENT), EnumSet.of(MenteeCategory.STUDENT)),
    TEACHER_STUDENT("педагог – ученик", EnumSet.of(MentorCategory.TEACHER), EnumSet.of(MenteeCategory.STUDENT)),
    UNIVERSITY_STUDENT_STUDENT("студент – ученик",
            EnumSet.of(MentorCategory.COLLEGE_STUDENT, MentorCategory.GRADUATE), EnumSet.of(MenteeCategory.STUDENT)),
    EMPLOYER_STUDENT("работодатель – ученик",
            EnumSet.of(MentorCategory.EMPLOYER_REPRESENTATIVE), EnumSet.of(MenteeCategory.STUDENT)),
    TEACHER_TEACHER("педагог – педагог", EnumSet.of(MentorCategory.TEACHER),
            EnumSet.of(TEACHER, YOUNG_SPECIALIST, NEW_TEACHER, TEACHER_WITHOUT_PEDAGOGICAL_EDUCATION)),
    HEAD_TEACHER("руководитель ОО – педагог", EnumSet.of(MentorCategory.HEAD),
            EnumSet.of(TEACHER, YOUNG_SPECIALIST, NEW_TEACHER, TEACHER_WITHOUT_PEDAGOGICAL_EDUCATION)),
    EMPLOYER_COLLEGE_STUDENT("работодатель – студент",
            EnumSet.of(MentorCategory.EMPLOYER_REPRESENTATIVE), EnumSet.of(COLLEGE_STUDENT)),
    UNIVERSITY_TEACHER_YOUNG_TEACHER("педагог вуза/колледжа – молодой педагог",
            EnumSet.of(MentorCategory.UNIVERSITY_TEACHER), EnumSet.of(YOUNG_SPECIALIST));

    private final String title;
    private final Set<MentorCategory> mentors;
    private final Set<MenteeCategory> mentees;

    MentoringForm(String title, Set<MentorCategory> mentors, Set<MenteeCategory> mentees) {
        this.title = title;
        this.mentors = mentors;
        this.mentees = mentees;
    }

    /** The form's name as the source documents write it. */
    public String title() {
        return title;
    }

    public boolean admitsMentor(MentorCategory category) {
        return mentors.contains(category);
    }

    public boolean admitsMentee(MenteeCategory category) {
        return mentees.contains(category);
    }
}
