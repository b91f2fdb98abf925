package ru.mentoring.api.pair;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The pair signed its agreement on cooperation.
 */
@Revision("1")
public record AgreementSigned(
        PairId pairId,
        LocalDate signedOn) {
}
