package ru.mentoring.command.program;

import ru.mentoring.api.program.ProgramId;

/**
 * The guardian consent age that applies to a program: the setting of the region the program's organization lies
 * in. Given to the Program's consent handler, so the aggregate itself reads no configuration and no tables; the
 * admin UI asks it too, to preselect who signs.
 */
public interface GuardianConsentAges {

    GuardianConsentAge of(ProgramId program);
}
