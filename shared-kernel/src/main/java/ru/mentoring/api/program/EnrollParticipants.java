package ru.mentoring.api.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Enrolls many people in a program's bases at once, with their consents — a class list uploaded as a table: each
 * enrollment and consent decided as its own command would be, and the whole refused, nothing enrolled, if any one
 * is. Every enrollment and consent names this program.
 */
public record EnrollParticipants(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotNull List<@NotNull @Valid EnrollMentee> mentees,
        @NotNull List<@NotNull @Valid EnrollMentor> mentors,
        @NotNull List<@NotNull @Valid GiveConsent> consents) {

    public EnrollParticipants {
        mentees = mentees == null ? List.of() : List.copyOf(mentees);
        mentors = mentors == null ? List.of() : List.copyOf(mentors);
        consents = consents == null ? List.of() : List.copyOf(consents);
    }
}
