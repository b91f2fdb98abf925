package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonId;

import java.time.LocalDate;

/**
 * The program's curator was appointed by the order with the given number and date.
 */
@Revision("1")
public record CuratorAppointed(ProgramId programId, PersonId curatorId, String orderNumber, LocalDate orderDate) {
}
