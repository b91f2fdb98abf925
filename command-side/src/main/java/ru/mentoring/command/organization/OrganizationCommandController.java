package ru.mentoring.command.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.organization.RegisterOrganization;
import ru.mentoring.api.organization.SetOrganizationHeadcounts;
import ru.mentoring.command.web.CommandBodies;
import ru.mentoring.command.web.RequestOrigin;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * Registers organizations over HTTP.
 */
@RestController
@RequestMapping("/api/organizations")
class OrganizationCommandController {

    private final CommandGateway commands;

    OrganizationCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    record RegisterOrganizationRequest(@NotBlank @Size(max = 300) String name,
                                       @NotBlank @Size(max = 200) String municipality,
                                       @NotBlank @Size(max = 200) String region) {
    }

    record OrganizationRegisteredResponse(UUID organizationId) {
    }

    @PostMapping("/{organizationId}/headcounts")
    ResponseEntity<Void> setHeadcounts(@PathVariable UUID organizationId,
                                       @RequestBody SetOrganizationHeadcounts body, RequestOrigin origin) {
        commands.sendAndWait(CommandBodies.with(body, Map.of("organizationId", new OrganizationId(organizationId))),
                origin.metaData());
        return ResponseEntity.noContent().build();
    }

    @PostMapping
    ResponseEntity<OrganizationRegisteredResponse> register(@Valid @RequestBody RegisterOrganizationRequest request,
                                                            RequestOrigin origin) {
        OrganizationId id = new OrganizationId(UUID.randomUUID());
        commands.sendAndWait(new RegisterOrganization(id, request.name(), request.municipality(), request.region()),
                origin.metaData());
        return ResponseEntity.created(URI.create("/api/organizations/" + id))
                .body(new OrganizationRegisteredResponse(id.value()));
    }
}
