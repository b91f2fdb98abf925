package ru.mentoring.app.ui.program;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import ru.mentoring.api.program.MentorCategory;

import java.time.LocalDate;

/**
 * The form «Новый наставник»: the person, as the register keeps them, and what the base of mentors needs (category,
 * competencies, how many mentees they can take).
 */
public class MentorEnrollmentForm {

    @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size}")
    private String lastName;

    @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size}")
    private String firstName;

    @Size(max = 100, message = "{validation.size}")
    private String middleName;

    @Past(message = "{validation.past}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;

    @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.size}")
    private String email;

    @Size(max = 50, message = "{validation.size}")
    private String phone;

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

    @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate enrolledOn;

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

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

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public void setEnrolledOn(LocalDate enrolledOn) {
        this.enrolledOn = enrolledOn;
    }
}
