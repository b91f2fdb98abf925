package ru.mentoring.command.roadmap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import ru.mentoring.api.roadmap.AddRoadMapSection;
import ru.mentoring.api.roadmap.AmendRoadMap;
import ru.mentoring.api.roadmap.ApproveRoadMap;
import ru.mentoring.api.roadmap.CreateNextRoadMap;
import ru.mentoring.api.roadmap.CreateRoadMap;
import ru.mentoring.api.roadmap.CreateRoadMapFromTemplate;
import ru.mentoring.api.roadmap.EraseResponsibleName;
import ru.mentoring.api.roadmap.ItemContent;
import ru.mentoring.api.roadmap.PlanPeriod;
import ru.mentoring.api.roadmap.PlanRoadMapItem;
import ru.mentoring.api.roadmap.PlanRoadMapItems;
import ru.mentoring.api.roadmap.ReviseRoadMapItem;
import ru.mentoring.api.roadmap.RoadMapCreated;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapItemId;
import ru.mentoring.api.roadmap.RoadMapLevel;
import ru.mentoring.command.web.ApiProblems;
import ru.mentoring.command.web.RequestOrigin;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Commands on road maps over HTTP: drafting, sections, items and their import, approval and amendment (the work
 * on single items is in {@link RoadMapItemCommandController}). Each call waits until the command is decided and
 * its events stored; the progress read model catches up shortly after.
 */
@RestController
@RequestMapping("/api/road-maps")
class RoadMapCommandController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CommandGateway commands;

    RoadMapCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    record CreateRequest(@NotNull RoadMapLevel level, @NotNull UUID ownerId, @NotNull PlanPeriod period,
                         @NotBlank @Size(max = RoadMapCreated.TITLE_MAX_LENGTH) String title) {
    }

    record FromTemplateRequest(@NotBlank String templateCode, @NotNull UUID ownerId, @NotNull PlanPeriod period,
                               @Size(max = RoadMapCreated.TITLE_MAX_LENGTH) String title) {
    }

    record NextRequest(@NotNull PlanPeriod period, @Size(max = RoadMapCreated.TITLE_MAX_LENGTH) String title) {
    }

    record SectionRequest(@NotBlank @Size(max = 500) String title) {
    }

    record PlanItemRequest(@Positive int sectionNumber, @NotNull @Valid ItemContent content) {
    }

    record ApprovalRequest(@NotBlank @Size(max = 50) String orderNumber, @NotNull LocalDate orderDate) {
    }

    record AmendmentRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    record Created(UUID id) {
    }

    record Imported(int items) {
    }

    @PostMapping
    ResponseEntity<Created> create(@Valid @RequestBody CreateRequest request, RequestOrigin origin) {
        RoadMapId roadMapId = RoadMapId.random();
        commands.sendAndWait(new CreateRoadMap(roadMapId, request.level(), request.ownerId(), request.period(),
                request.title()), origin.metaData());
        return created(roadMapId.value(), "/api/road-maps/{id}");
    }

    @PostMapping("/from-template")
    ResponseEntity<Created> createFromTemplate(@Valid @RequestBody FromTemplateRequest request, RequestOrigin origin) {
        RoadMapId roadMapId = RoadMapId.random();
        commands.sendAndWait(new CreateRoadMapFromTemplate(roadMapId, request.templateCode(), request.ownerId(),
                request.period(), request.title()), origin.metaData());
        return created(roadMapId.value(), "/api/road-maps/{id}");
    }

    /** The next period's road map from this one (корректировка плана). */
    @PostMapping("/{roadMapId}/next")
    ResponseEntity<Created> createNext(@PathVariable UUID roadMapId, @Valid @RequestBody NextRequest request,
                                       RequestOrigin origin) {
        RoadMapId next = RoadMapId.random();
        commands.sendAndWait(new CreateNextRoadMap(next, new RoadMapId(roadMapId), request.period(), request.title()),
                origin.metaData());
        return created(next.value(), "/api/road-maps/{id}");
    }

    @PostMapping("/{roadMapId}/sections")
    ResponseEntity<Void> addSection(@PathVariable UUID roadMapId, @Valid @RequestBody SectionRequest request,
                                    RequestOrigin origin) {
        commands.sendAndWait(new AddRoadMapSection(new RoadMapId(roadMapId), request.title()), origin.metaData());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{roadMapId}/items")
    ResponseEntity<Created> planItem(@PathVariable UUID roadMapId, @Valid @RequestBody PlanItemRequest request,
                                     RequestOrigin origin) {
        RoadMapItemId itemId = RoadMapItemId.random();
        commands.sendAndWait(new PlanRoadMapItem(new RoadMapId(roadMapId), itemId, request.sectionNumber(),
                request.content()), origin.metaData());
        return ResponseEntity.created(URI.create("/api/road-maps/" + roadMapId + "/items"))
                .body(new Created(itemId.value()));
    }

    /** Imports items from CSV (the columns of seed 001) into a section: all rows, or none when one is bad. */
    @PostMapping(path = "/{roadMapId}/sections/{sectionNumber}/items", consumes = "text/csv")
    ResponseEntity<Imported> importItems(@PathVariable UUID roadMapId, @PathVariable int sectionNumber,
                                         @RequestBody String csv, RequestOrigin origin) {
        return plan(roadMapId, sectionNumber, RoadMapCsv.read(csv), origin);
    }

    /** The same import from the first sheet of an XLSX workbook. */
    @PostMapping(path = "/{roadMapId}/sections/{sectionNumber}/items", consumes = XLSX)
    ResponseEntity<Imported> importItemsFromXlsx(@PathVariable UUID roadMapId, @PathVariable int sectionNumber,
                                                 @RequestBody byte[] xlsx, RequestOrigin origin) {
        return plan(roadMapId, sectionNumber, RoadMapXlsx.read(new ByteArrayInputStream(xlsx)), origin);
    }

    @PostMapping("/{roadMapId}/items/{itemId}/revision")
    ResponseEntity<Void> revise(@PathVariable UUID roadMapId, @PathVariable UUID itemId,
                                @Valid @RequestBody ItemContent content, RequestOrigin origin) {
        return send(new ReviseRoadMapItem(new RoadMapId(roadMapId), new RoadMapItemId(itemId), content), origin);
    }

    @PostMapping("/{roadMapId}/approval")
    ResponseEntity<Void> approve(@PathVariable UUID roadMapId, @Valid @RequestBody ApprovalRequest request,
                                 RequestOrigin origin) {
        return send(new ApproveRoadMap(new RoadMapId(roadMapId), request.orderNumber(), request.orderDate()), origin);
    }

    @PostMapping("/{roadMapId}/amendments")
    ResponseEntity<Void> amend(@PathVariable UUID roadMapId, @Valid @RequestBody AmendmentRequest request,
                               RequestOrigin origin) {
        return send(new AmendRoadMap(new RoadMapId(roadMapId), request.reason()), origin);
    }

    record ResponsibleErasureRequest(@NotBlank @Size(max = 500) String name) {
    }

    /** Erases a responsible person's name wherever the road map names them (a teacher who asks to be forgotten). */
    @PostMapping("/{roadMapId}/responsible/erasure")
    ResponseEntity<Void> eraseResponsible(@PathVariable UUID roadMapId,
                                          @Valid @RequestBody ResponsibleErasureRequest request, RequestOrigin origin) {
        return send(new EraseResponsibleName(new RoadMapId(roadMapId), request.name()), origin);
    }

    @ExceptionHandler
    ProblemDetail importRejected(ImportRejected rejected) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "road-map.import-rejected",
                "Ничего не импортировано: отклонено строк — " + rejected.rows.size());
        problem.setProperty("rows", rejected.rows);
        return problem;
    }

    private ResponseEntity<Imported> plan(UUID roadMapId, int sectionNumber, RoadMapImport.Result result,
                                          RequestOrigin origin) {
        if (!result.rejections().isEmpty()) {
            throw new ImportRejected(result.rejections());
        }
        commands.sendAndWait(new PlanRoadMapItems(new RoadMapId(roadMapId), sectionNumber, result.items()),
                origin.metaData());
        return ResponseEntity.status(HttpStatus.CREATED).body(new Imported(result.items().size()));
    }

    private ResponseEntity<Void> send(Object command, RequestOrigin origin) {
        commands.sendAndWait(command, origin.metaData());
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<Created> created(UUID id, String path) {
        var location = ServletUriComponentsBuilder.fromCurrentContextPath().path(path).buildAndExpand(id);
        return ResponseEntity.created(location.toUri()).body(new Created(id));
    }

    /** The CSV had rows that cannot be imported. */
    private static final class ImportRejected extends RuntimeException {

        private final transient List<RoadMapImport.Rejection> rows;

        ImportRejected(List<RoadMapImport.Rejection> rows) {
            super("rows rejected: " + rows.size());
            this.rows = rows;
        }
    }
}
