package ru.mentoring.app.ui.program;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.mentoring.api.program.MentorCategory;

/**
 * The form «Новый наставник»: the person, as the register keeps them, and what the base of mentors needs (category,
 * competencies, how many mentees they can take).
 */
public class MentorEnrollmentForm extends EnrollmentForm {

    @NotNull(message = "{validation.required}")
    private MentorCategory category = MentorCategory.TEACHER;

    @Min(value = 10, message = "{validation.min}") @Max(value = 99, message = "{validation.max}")
    private Integer age;

    @Min(value = 0, message = "{validation.min}") @Max(value = 60, message = "{validation.max}")
    private Integer experienceYears;

    @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.size}")
    private String competencies;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.min}")
    @Max(value = 20, message = "{validation.max}")
    private Integer capacity = 1;

    @Size(max = 300, message = "{validation.size}")
    private String enterprise;

    public MentorCategory getCategory() {
        return category;
    }

    public void setCategory(MentorCategory category) {
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

    public String getCompetencies() {
        return competencies;
    }

    public void setCompetencies(String competencies) {
        this.competencies = competencies;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getEnterprise() {
        return enterprise;
    }

    public void setEnterprise(String enterprise) {
        this.enterprise = enterprise;
    }

}
