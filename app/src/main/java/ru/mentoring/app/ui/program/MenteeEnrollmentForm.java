package ru.mentoring.app.ui.program;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import ru.mentoring.api.program.MenteeCategory;
import ru.mentoring.api.program.RequestSource;

import java.time.LocalDate;

/**
 * The form «Новый наставляемый»: the person, as the register keeps them, and what the base of mentees needs
 * (category, age or experience, the request without names).
 */
public class MenteeEnrollmentForm {

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

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public void setEnrolledOn(LocalDate enrolledOn) {
        this.enrolledOn = enrolledOn;
    }
}
