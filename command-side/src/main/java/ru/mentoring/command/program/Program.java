package ru.mentoring.command.program;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.program.AppointCurator;
import ru.mentoring.api.program.CreateProgram;
import ru.mentoring.api.program.CuratorAppointed;
import ru.mentoring.api.program.ProgramCreated;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.command.common.DomainRuleViolation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One organization's mentoring program (программа наставничества) for one academic year. It decides every
 * step of the program's lifecycle; this slice covers opening the program and appointing its curator.
 */
@Aggregate(snapshotTriggerDefinition = "programSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY) // snapshots are Jackson-serialized fields
public class Program {

    @AggregateIdentifier
    private ProgramId programId;
    private PersonId curatorId;

    protected Program() {
        // for event sourcing
    }

    @CommandHandler
    public Program(CreateProgram command, ProgramTitles titles) {
        String title = command.title().strip();
        requireTitleFreeInOrganizationAndPeriod(command, title, titles);
        apply(new ProgramCreated(command.programId(), command.organizationId(), command.period(), title));
    }

    @CommandHandler
    public void handle(AppointCurator command) {
        requireCuratorNotAlreadyAppointed(command.curatorId());
        apply(new CuratorAppointed(programId, command.curatorId(), command.orderNumber().strip(),
                command.orderDate()));
    }

    private static void requireTitleFreeInOrganizationAndPeriod(CreateProgram command, String title,
                                                                ProgramTitles titles) {
        if (titles.isTaken(command.organizationId(), command.period(), title)) {
            throw new DomainRuleViolation("program.already-exists",
                    "В организации уже есть программа «" + title + "» на " + command.period() + " учебный год");
        }
    }

    private void requireCuratorNotAlreadyAppointed(PersonId candidate) {
        if (candidate.equals(curatorId)) {
            throw new DomainRuleViolation("program.curator-already-appointed",
                    "Этот куратор уже назначен на программу");
        }
    }

    @EventSourcingHandler
    void on(ProgramCreated event) {
        programId = event.programId();
    }

    @EventSourcingHandler
    void on(CuratorAppointed event) {
        curatorId = event.curatorId();
    }
}
