package ru.mentoring.app.ui.program;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The form «Целевые показатели охвата»: the organization's headcounts and the shares to cover (seed 001: at least 5
 * % of each).
 */
public class CoverageForm {

    @NotNull(message = "{validation.required}") @PositiveOrZero(message = "{validation.positiveOrZero}")
    private Integer students;

    @NotNull(message = "{validation.required}") @PositiveOrZero(message = "{validation.positiveOrZero}")
    private Integer teachers;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{validation.min}")
    @Max(value = 100, message = "{validation.max}")
    private Integer studentCoveragePercent = 5;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{validation.min}")
    @Max(value = 100, message = "{validation.max}")
    private Integer teacherCoveragePercent = 5;

    public Integer getStudents() {
        return students;
    }

    public void setStudents(Integer students) {
        this.students = students;
    }

    public Integer getTeachers() {
        return teachers;
    }

    public void setTeachers(Integer teachers) {
        this.teachers = teachers;
    }

    public Integer getStudentCoveragePercent() {
        return studentCoveragePercent;
    }

    public void setStudentCoveragePercent(Integer studentCoveragePercent) {
        this.studentCoveragePercent = studentCoveragePercent;
    }

    public Integer getTeacherCoveragePercent() {
        return teacherCoveragePercent;
    }

    public void setTeacherCoveragePercent(Integer teacherCoveragePercent) {
        this.teacherCoveragePercent = teacherCoveragePercent;
    }
}
