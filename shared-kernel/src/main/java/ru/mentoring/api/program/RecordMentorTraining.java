package ru.mentoring.api.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.mentoring.api.common.PersonId;

import java.time.LocalDate;
import java.util.Set;

/**
 * Records a training session of mentors (обучение наставников) and who attended it.
 */
public record RecordMentorTraining(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotNull LocalDate date,
        @NotBlank @Size(max = 300) String topic,
        @NotEmpty Set<@NotNull PersonId> attended) {
}
