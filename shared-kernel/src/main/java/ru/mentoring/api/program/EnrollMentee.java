package ru.mentoring.api.program;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.mentoring.api.common.PersonId;

import java.time.LocalDate;

/**
 * Enrolls a person as a mentee of the program (база наставляемых). Students give their age, teachers their years
 * of experience; the request (запрос, дефициты) must not contain names.
 */
public record EnrollMentee(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotNull PersonId personId,
        @NotNull MenteeCategory category,
        @Min(5) @Max(99) Integer age,
        @Min(0) @Max(60) Integer experienceYears,
        @Size(max = 10) String grade,
        @NotBlank @Size(max = 500) String request,
        @NotNull RequestSource requestSource,
        @NotNull LocalDate enrolledOn) {
}
