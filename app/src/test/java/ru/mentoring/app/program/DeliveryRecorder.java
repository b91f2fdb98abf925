package ru.mentoring.app.program;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import ru.mentoring.api.program.ProgramCreated;
import ru.mentoring.api.program.ProgramId;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Joins the program registry's processing group in a test application and notes every ProgramCreated the
 * processor hands it: what the projection was given, delivery by delivery.
 */
@ProcessingGroup("program-registry")
class DeliveryRecorder {

    private final List<ProgramId> delivered = new CopyOnWriteArrayList<>();

    @EventHandler
    void on(ProgramCreated event) {
        delivered.add(event.programId());
    }

    List<ProgramId> delivered() {
        return List.copyOf(delivered);
    }
}
