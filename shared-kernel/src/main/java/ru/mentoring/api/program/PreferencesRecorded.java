package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonId;

import java.util.List;

/**
 * A participant's preferred partners were recorded, best first.
 */
@Revision("1")
public record PreferencesRecorded(
        ProgramId programId,
        PersonId personId,
        ParticipantRole role,
        List<PersonId> preferred) {
}
