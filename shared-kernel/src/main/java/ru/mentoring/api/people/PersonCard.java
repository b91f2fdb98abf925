package ru.mentoring.api.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person as the register shows them; after erasure only the id and the time of erasure remain.
 */
public record PersonCard(UUID personId, String lastName, String firstName, String middleName, LocalDate birthDate,
                         String email, String phone, Instant erasedAt) {

    /** "Иванова Анна Петровна", or "(данные удалены)" after erasure. */
    public String fullName() {
        if (erasedAt != null) {
            return "(данные удалены)";
        }
        return String.join(" ", lastName, firstName, middleName == null ? "" : middleName).strip();
    }
}
