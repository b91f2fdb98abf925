package ru.mentoring.command.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
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
import ru.mentoring.api.people.PersonCard;
import ru.mentoring.api.people.RegisterPerson;
import ru.mentoring.command.web.ApiProblems;
import ru.mentoring.command.web.RequestOrigin;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The person register over HTTP: register a person, read their card, erase their personal data.
 */
@RestController
@RequestMapping("/api/people")
class PeopleController {

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

    record ErasureRequest(@NotBlank @Size(max = 500) String reason) {
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

    @GetMapping("/{personId}")
    PersonCard find(@PathVariable UUID personId) {
        return register.find(new PersonId(personId)).orElseThrow(() -> {
            ProblemDetail problem = ApiProblems.problem(HttpStatus.NOT_FOUND, "person.unknown",
                    "Человека " + personId + " нет в реестре");
            return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
        });
    }

    @PostMapping("/{personId}/erasure")
    ResponseEntity<Void> erase(@PathVariable UUID personId, @Valid @RequestBody ErasureRequest request,
                               RequestOrigin origin) {
        commands.sendAndWait(new ErasePersonalData(new PersonId(personId), request.reason()), origin.metaData());
        return ResponseEntity.noContent().build();
    }
}
