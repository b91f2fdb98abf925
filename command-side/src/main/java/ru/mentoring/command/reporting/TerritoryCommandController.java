package ru.mentoring.command.reporting;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.mentoring.api.reporting.SetKpiTargets;
import ru.mentoring.api.reporting.SetTerritoryFigures;
import ru.mentoring.command.web.RequestOrigin;

/**
 * Territory reference data over HTTP: the body is the command, with the territory given as
 * {@code {"level": "MUNICIPALITY", "region": "…", "municipality": "…"}}.
 */
@RestController
@RequestMapping("/api/territories")
class TerritoryCommandController {

    private final CommandGateway commands;

    TerritoryCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/figures")
    ResponseEntity<Void> setFigures(@RequestBody SetTerritoryFigures body, RequestOrigin origin) {
        commands.sendAndWait(body, origin.metaData());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/kpi-targets")
    ResponseEntity<Void> setTargets(@RequestBody SetKpiTargets body, RequestOrigin origin) {
        commands.sendAndWait(body, origin.metaData());
        return ResponseEntity.noContent().build();
    }
}
