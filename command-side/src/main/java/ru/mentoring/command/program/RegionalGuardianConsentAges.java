package ru.mentoring.command.program;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import ru.mentoring.api.access.Place;
import ru.mentoring.api.access.Places;
import ru.mentoring.api.program.ProgramId;

/**
 * Finds a program's region where the access policy keeps it (the program lies where its organization lies) and
 * gives that region's guardian consent age.
 */
@Component
@EnableConfigurationProperties(ConsentProperties.class)
class RegionalGuardianConsentAges implements GuardianConsentAges {

    private final Places places;
    private final ConsentProperties properties;

    RegionalGuardianConsentAges(Places places, ConsentProperties properties) {
        this.places = places;
        this.properties = properties;
    }

    @Override
    public GuardianConsentAge of(ProgramId program) {
        return properties.forRegion(places.of(program.value()).stream().map(Place::region).findFirst().orElse(null));
    }
}
