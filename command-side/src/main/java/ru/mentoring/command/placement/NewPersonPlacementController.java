package ru.mentoring.command.placement;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.program.AppointNewCurator;
import ru.mentoring.api.program.EnrollNewMentee;
import ru.mentoring.api.program.EnrollNewMentor;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.command.web.CommandBodies;
import ru.mentoring.command.web.RequestOrigin;

import java.util.Map;
import java.util.UUID;

/**
 * A new person brought into a program over HTTP, next to the calls that place someone already registered: the
 * body is the command — the person's data and the placement — with the program's id from the path and the new
 * person's id given here (any in the body are ignored). Answers 201 with the new person's id once both steps are
 * stored; a refused placement answers as that placement would, and nothing of the person is kept.
 */
@RestController
@RequestMapping("/api/programs/{programId}")
class NewPersonPlacementController {

    private final CommandGateway commands;

    NewPersonPlacementController(CommandGateway commands) {
        this.commands = commands;
    }

    /** The id the new person was registered under. */
    record NewPersonResponse(UUID personId) {
    }

    @PostMapping("/mentees/new-person")
    ResponseEntity<NewPersonResponse> enrollNewMentee(@PathVariable UUID programId,
                                                      @RequestBody EnrollNewMentee body, RequestOrigin origin) {
        PersonId person = new PersonId(UUID.randomUUID());
        return placed(new EnrollNewMentee(body.person(), withIds(body.enrollment(), programId, "personId", person)),
                person, origin);
    }

    @PostMapping("/mentors/new-person")
    ResponseEntity<NewPersonResponse> enrollNewMentor(@PathVariable UUID programId,
                                                      @RequestBody EnrollNewMentor body, RequestOrigin origin) {
        PersonId person = new PersonId(UUID.randomUUID());
        return placed(new EnrollNewMentor(body.person(), withIds(body.enrollment(), programId, "personId", person)),
                person, origin);
    }

    @PostMapping("/curator/new-person")
    ResponseEntity<NewPersonResponse> appointNewCurator(@PathVariable UUID programId,
                                                        @RequestBody AppointNewCurator body, RequestOrigin origin) {
        PersonId person = new PersonId(UUID.randomUUID());
        return placed(new AppointNewCurator(body.person(),
                withIds(body.appointment(), programId, "curatorId", person)), person, origin);
    }

    private ResponseEntity<NewPersonResponse> placed(Object command, PersonId person, RequestOrigin origin) {
        commands.sendAndWait(command, origin.metaData());
        var location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/people/{id}")
                .buildAndExpand(person.value());
        return ResponseEntity.created(location.toUri()).body(new NewPersonResponse(person.value()));
    }

    /** The placement with the program and the new person filled in; a missing one is left to the command's checks. */
    private static <C extends Record> C withIds(C placement, UUID programId, String personField, PersonId person) {
        return placement == null ? null
                : CommandBodies.with(placement, Map.of("programId", new ProgramId(programId), personField, person));
    }
}
