package ru.mentoring.app.ui.program;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import ru.mentoring.api.people.PersonalData;
import ru.mentoring.api.program.MenteeCategory;
import ru.mentoring.api.program.MentorCategory;
import ru.mentoring.api.program.RequestSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The forms «Новый наставляемый» and «Новый наставник»: the person as the register keeps them (name, birth date,
 * contacts), the day they were enrolled, and what their base needs — a mentee's category, age or experience and
 * request (without names), a mentor's category, competencies, how many mentees they can take and the enterprise.
 * Each base's checks are its group ({@link Mentee}, {@link Mentor}); the category is bound as the name of one of
 * the base's own categories, which the page reads with {@link #menteeCategory()} or {@link #mentorCategory()}.
 */
public class EnrollmentForm extends PersonNameForm {

    /** The checks of an enrollment into the base of mentees. */
    interface Mentee extends NewPerson {
    }

    /** The checks of an enrollment into the base of mentors. */
    interface Mentor extends NewPerson {
    }

    @Past(message = "{validation.past}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;

    @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.size}")
    private String email;

    @Size(max = 50, message = "{validation.size}")
    private String phone;

    @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate enrolledOn;

    @NotBlank(message = "{validation.required}")
    private String category;

    @Min(groups = Mentee.class, value = 5, message = "{validation.min}")
    @Min(groups = Mentor.class, value = 10, message = "{validation.min}")
    @Max(value = 99, message = "{validation.max}")
    private Integer age;

    @Min(value = 0, message = "{validation.min}") @Max(value = 60, message = "{validation.max}")
    private Integer experienceYears;

    @Size(groups = Mentee.class, max = 10, message = "{validation.size}")
    private String grade;

    @NotBlank(groups = Mentee.class, message = "{validation.required}")
    @Size(groups = Mentee.class, max = 500, message = "{validation.size}")
    private String request;

    @NotNull(groups = Mentee.class, message = "{validation.required}")
    private RequestSource requestSource = RequestSource.SELF;

    @NotBlank(groups = Mentor.class, message = "{validation.required}")
    @Size(groups = Mentor.class, max = 500, message = "{validation.size}")
    private String competencies;

    @NotNull(groups = Mentor.class, message = "{validation.required}")
    @Min(groups = Mentor.class, value = 1, message = "{validation.min}")
    @Max(groups = Mentor.class, value = 20, message = "{validation.max}")
    private Integer capacity = 1;

    @Size(groups = Mentor.class, max = 300, message = "{validation.size}")
    private String enterprise;

    /** An empty form for the base of mentees, enrolling on the given day. */
    static EnrollmentForm forMentees(LocalDate day) {
        return enrolling(MenteeCategory.STUDENT, day);
    }

    /** An empty form for the base of mentors, enrolling on the given day. */
    static EnrollmentForm forMentors(LocalDate day) {
        return enrolling(MentorCategory.TEACHER, day);
    }

    private static EnrollmentForm enrolling(Enum<?> category, LocalDate day) {
        EnrollmentForm form = new EnrollmentForm();
        form.setCategory(category.name());
        form.setEnrolledOn(day);
        return form;
    }

    /** The person's register entry as typed: name, birth date and contacts. */
    @Override
    PersonalData personalData() {
        return new PersonalData(getLastName(), getFirstName(), getMiddleName(), birthDate, email, phone);
    }

    /** The category as a mentee's; empty when the form names none of them. */
    Optional<MenteeCategory> menteeCategory() {
        return named(MenteeCategory.class);
    }

    /** The category as a mentor's; empty when the form names none of them. */
    Optional<MentorCategory> mentorCategory() {
        return named(MentorCategory.class);
    }

    private <E extends Enum<E>> Optional<E> named(Class<E> categories) {
        return Arrays.stream(categories.getEnumConstants()).filter(known -> known.name().equals(category))
                .findFirst();
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

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public void setEnrolledOn(LocalDate enrolledOn) {
        this.enrolledOn = enrolledOn;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
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
