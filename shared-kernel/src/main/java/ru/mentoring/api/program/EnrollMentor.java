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
 * Enrolls a person as a mentor of the program (база наставников), with the competencies they offer, how many
 * mentees they can take, and for an employer's representative the enterprise.
 */
public record EnrollMentor(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotNull PersonId personId,
        @NotNull MentorCategory category,
        @Min(10) @Max(99) Integer age,
        @Min(0) @Max(60) Integer experienceYears,
        @NotBlank @Size(max = 500) String competencies,
        @Min(1) @Max(20) int capacity,
        @Size(max = 300) String enterprise,
        @NotNull LocalDate enrolledOn) {
}
