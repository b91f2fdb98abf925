package ru.mentoring.command.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.people.ErasePersonalData;
import ru.mentoring.api.people.ErasureGround;
import ru.mentoring.api.people.PersonCard;
import ru.mentoring.api.people.RegisterPerson;
import ru.mentoring.command.web.ApiProblems;
import ru.mentoring.command.web.RequestOrigin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The person register over HTTP: register a person, read their card, erase their personal data.
 */
@RestController
@RequestMapping("/api/people")
class PeopleController {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final CommandGateway commands;
    private final PersonRegister register;

    PeopleController(CommandGateway commands, PersonRegister register) {
        this.commands = commands;
        this.register = register;
    }

    record RegisterPersonRequest(@NotBlank @Size(max = 100) String lastName, @NotBlank @Size(max = 100) String firstName,
                                 @Size(max = 100) String middleName, @Past LocalDate birthDate,
                                 @Email @Size(max = 200) String email, @Size(max = 50) String phone) {
    }

    record ErasureRequest(@NotNull ErasureGround ground) {
    }

    record PersonRegisteredResponse(UUID personId) {
    }

    @PostMapping
    ResponseEntity<PersonRegisteredResponse> register(@Valid @RequestBody RegisterPersonRequest request,
                                                      RequestOrigin origin) {
        PersonId personId = new PersonId(UUID.randomUUID());
        commands.sendAndWait(new RegisterPerson(personId, request.lastName(), request.firstName(),
                request.middleName(), request.birthDate(), request.email(), request.phone()), origin.metaData());
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(personId.value());
        return ResponseEntity.created(location.toUri()).body(new PersonRegisteredResponse(personId.value()));
    }

    /** A person's card; 410 once their personal data is erased, with the erasure's date and nothing of them. */
    @GetMapping("/{personId}")
    PersonCard find(@PathVariable UUID personId) {
        PersonCard card = register.find(new PersonId(personId)).orElseThrow(() -> {
            ProblemDetail problem = ApiProblems.problem(HttpStatus.NOT_FOUND, "person.unknown",
                    "Человека " + personId + " нет в реестре");
            return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
        });
        if (card.erasedAt() != null) {
            LocalDate erased = card.erasedAt().atZone(MOSCOW).toLocalDate();
            ProblemDetail problem = ApiProblems.problem(HttpStatus.GONE, "person.erased",
                    "Персональные данные этого человека удалены " + erased.format(DAY));
            problem.setProperty("erasedAt", card.erasedAt().toString());
            throw new ErrorResponseException(HttpStatus.GONE, problem, null);
        }
        return card;
    }

    @PostMapping("/{personId}/erasure")
    ResponseEntity<Void> erase(@PathVariable UUID personId, @Valid @RequestBody ErasureRequest request,
                               RequestOrigin origin) {
        commands.sendAndWait(new ErasePersonalData(new PersonId(personId), request.ground()), origin.metaData());
        return ResponseEntity.noContent().build();
    }
}
