package ru.mentoring.api.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.mentoring.api.pair.PairId;

/**
 * Records a case (кейс) written from the work of a pair, and where it was published. The pair, when given, says
 * whom the case's texts are about (the program's pair, fixed); without it they are about the whole program.
 */
public record RecordCase(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 2000) String summary,
        @Size(max = 500) String publishedAt,
        PairId pairId) {

    /** A case not tied to a pair: about everyone enrolled in the program. */
    public RecordCase(ProgramId programId, String title, String summary, String publishedAt) {
        this(programId, title, summary, publishedAt, null);
    }
}
