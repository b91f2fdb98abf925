package ru.mentoring.command.roadmap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramMilestone;
import ru.mentoring.api.roadmap.BindRoadMapItemToMilestone;
import ru.mentoring.api.roadmap.CancelRoadMapItem;
import ru.mentoring.api.roadmap.CompleteRoadMapItem;
import ru.mentoring.api.roadmap.CompleteRoadMapItemOccurrence;
import ru.mentoring.api.roadmap.ItemEvidence;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapItemId;
import ru.mentoring.api.roadmap.StartRoadMapItem;
import ru.mentoring.command.web.RequestOrigin;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The work on road-map items over HTTP: started, done with evidence (the whole item or one occurrence),
 * cancelled with a reason, bound to a program milestone.
 */
@RestController
@RequestMapping("/api/road-maps/{roadMapId}/items/{itemId}")
class RoadMapItemCommandController {

    private final CommandGateway commands;

    RoadMapItemCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    record StartRequest(@NotNull LocalDate startedOn) {
    }

    record CompletionRequest(@NotNull LocalDate completedOn, @Size(max = 500) String documentReference,
                             @Size(max = 500) String indicatorValue) {

        ItemEvidence evidence() {
            return new ItemEvidence(documentReference, indicatorValue, null);
        }
    }

    record CancellationRequest(@NotBlank @Size(max = 1000) String reason, @NotNull LocalDate cancelledOn) {
    }

    record MilestoneRequest(@NotNull UUID programId, @NotNull ProgramMilestone milestone) {
    }

    @PostMapping("/start")
    ResponseEntity<Void> start(@PathVariable UUID roadMapId, @PathVariable UUID itemId,
                               @Valid @RequestBody StartRequest request, RequestOrigin origin) {
        return send(new StartRoadMapItem(new RoadMapId(roadMapId), new RoadMapItemId(itemId), request.startedOn()),
                origin);
    }

    @PostMapping("/completion")
    ResponseEntity<Void> complete(@PathVariable UUID roadMapId, @PathVariable UUID itemId,
                                  @Valid @RequestBody CompletionRequest request, RequestOrigin origin) {
        return send(new CompleteRoadMapItem(new RoadMapId(roadMapId), new RoadMapItemId(itemId), request.completedOn(),
                request.evidence()), origin);
    }

    @PostMapping("/occurrences/{dueDate}/completion")
    ResponseEntity<Void> completeOccurrence(@PathVariable UUID roadMapId, @PathVariable UUID itemId,
                                            @PathVariable LocalDate dueDate,
                                            @Valid @RequestBody CompletionRequest request, RequestOrigin origin) {
        return send(new CompleteRoadMapItemOccurrence(new RoadMapId(roadMapId), new RoadMapItemId(itemId), dueDate,
                request.completedOn(), request.evidence()), origin);
    }

    @PostMapping("/cancellation")
    ResponseEntity<Void> cancel(@PathVariable UUID roadMapId, @PathVariable UUID itemId,
                                @Valid @RequestBody CancellationRequest request, RequestOrigin origin) {
        return send(new CancelRoadMapItem(new RoadMapId(roadMapId), new RoadMapItemId(itemId), request.reason(),
                request.cancelledOn()), origin);
    }

    @PostMapping("/milestone")
    ResponseEntity<Void> bind(@PathVariable UUID roadMapId, @PathVariable UUID itemId,
                              @Valid @RequestBody MilestoneRequest request, RequestOrigin origin) {
        return send(new BindRoadMapItemToMilestone(new RoadMapId(roadMapId), new RoadMapItemId(itemId),
                new ProgramId(request.programId()), request.milestone()), origin);
    }

    private ResponseEntity<Void> send(Object command, RequestOrigin origin) {
        commands.sendAndWait(command, origin.metaData());
        return ResponseEntity.noContent().build();
    }
}
