package ru.mentoring.command.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
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
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.program.AcademicPeriod;
import ru.mentoring.api.program.AppointCurator;
import ru.mentoring.api.program.CreateProgram;
import ru.mentoring.api.program.ProgramCreated;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.command.web.ApiProblems;
import ru.mentoring.command.web.RequestOrigin;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Commands on mentoring programs over HTTP. Each call waits until the command is decided and its events
 * stored; the registry (a projection) catches up shortly after.
 */
@RestController
@RequestMapping("/api/programs")
class ProgramCommandController {

    private final CommandGateway commands;

    ProgramCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    /** Body of {@code POST /api/programs}. */
    record CreateProgramRequest(
            @NotNull UUID organizationId,
            @NotBlank @Pattern(regexp = AcademicPeriod.PATTERN, message = "учебный год в форме 2021-2022")
            String period,
            @NotBlank @Size(max = ProgramCreated.TITLE_MAX_LENGTH) String title) {
    }

    /** Body of {@code POST /api/programs/{id}/curator}. */
    record AppointCuratorRequest(@NotNull UUID curatorId, @NotBlank @Size(max = 50) String orderNumber,
                                 @NotNull LocalDate orderDate) {
    }

    /** The id of the program a command created. */
    record ProgramCreatedResponse(UUID programId) {
    }

    @PostMapping
    ResponseEntity<ProgramCreatedResponse> create(@Valid @RequestBody CreateProgramRequest request,
                                                  RequestOrigin origin) {
        AcademicPeriod period;
        try {
            period = AcademicPeriod.parse(request.period());
        } catch (IllegalArgumentException e) {
            throw new InvalidPeriodException();
        }
        ProgramId programId = ProgramId.random();
        commands.sendAndWait(new CreateProgram(programId, new OrganizationId(request.organizationId()), period,
                request.title()), origin.metaData());
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(programId.value());
        return ResponseEntity.created(location.toUri()).body(new ProgramCreatedResponse(programId.value()));
    }

    @PostMapping("/{programId}/curator")
    ResponseEntity<Void> appointCurator(@PathVariable UUID programId,
                                        @Valid @RequestBody AppointCuratorRequest request,
                                        RequestOrigin origin) {
        commands.sendAndWait(new AppointCurator(new ProgramId(programId), new PersonId(request.curatorId()),
                request.orderNumber(), request.orderDate()), origin.metaData());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler
    ProblemDetail programNotFound(AggregateNotFoundException exception) {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, "program.not-found",
                "Программа " + exception.getAggregateIdentifier() + " не найдена");
    }

    @ExceptionHandler
    ProblemDetail periodInvalid(InvalidPeriodException exception) {
        return ApiProblems.invalidInput(List.of(new ApiProblems.FieldError("period",
                "учебный год — два года подряд, например 2021-2022")));
    }

    private static final class InvalidPeriodException extends RuntimeException {
    }
}
