package ru.mentoring.app.ui.program;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.mentoring.api.program.MenteeCategory;
import ru.mentoring.api.program.RequestSource;

/**
 * The form «Новый наставляемый»: the person, as the register keeps them, and what the base of mentees needs
 * (category, age or experience, the request without names).
 */
public class MenteeEnrollmentForm extends EnrollmentForm {

    @NotNull(message = "{validation.required}")
    private MenteeCategory category = MenteeCategory.STUDENT;

    @Min(value = 5, message = "{validation.min}") @Max(value = 99, message = "{validation.max}")
    private Integer age;

    @Min(value = 0, message = "{validation.min}") @Max(value = 60, message = "{validation.max}")
    private Integer experienceYears;

    @Size(max = 10, message = "{validation.size}")
    private String grade;

    @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.size}")
    private String request;

    @NotNull(message = "{validation.required}")
    private RequestSource requestSource = RequestSource.SELF;

    public MenteeCategory getCategory() {
        return category;
    }

    public void setCategory(MenteeCategory category) {
        this.category = category;
    }

    public Integer getAge() {
        return age;
    }

    public void setAge(Integer age) {
        this.age = age;
    }

    public Integer getExperienceYears() {
        return experienceYears;
    }

    public void setExperienceYears(Integer experienceYears) {
        this.experienceYears = experienceYears;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public String getRequest() {
        return request;
    }

    public void setRequest(String request) {
        this.request = request;
    }

    public RequestSource getRequestSource() {
        return requestSource;
    }

    public void setRequestSource(RequestSource requestSource) {
        this.requestSource = requestSource;
    }

}
