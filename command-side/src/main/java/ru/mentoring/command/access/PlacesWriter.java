package ru.mentoring.command.access;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import ru.mentoring.api.access.Place;
import ru.mentoring.api.access.Scope;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.organization.OrganizationRegistered;
import ru.mentoring.api.pair.PairOpened;
import ru.mentoring.api.people.PersonRegistered;
import ru.mentoring.api.program.CuratorAppointed;
import ru.mentoring.api.program.MenteeEnrolled;
import ru.mentoring.api.program.MentorEnrolled;
import ru.mentoring.api.program.ProgramCreated;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.api.reporting.TerritoryLevel;
import ru.mentoring.api.roadmap.RoadMapCreated;

/**
 * Records where each new thing lies, in the transaction that stores the event that made it (a subscribing
 * processor, as the hash chain's), so that the very next command on it is judged by the policy: an organization
 * lies in its municipality and region, which become known territories too; a program lies where its
 * organization does, a pair where its program does, a road map where its owner does; a person wherever the
 * organization or territory that registered, enrolled or appointed them lies.
 */
@Component
@ProcessingGroup(PlacesWriter.PROCESSING_GROUP)
class PlacesWriter {

    static final String PROCESSING_GROUP = "access-places";

    private final JdbcPlaces places;

    PlacesWriter(JdbcPlaces places) {
        this.places = places;
    }

    @EventHandler
    void on(OrganizationRegistered event) {
        String region = event.region();
        String municipality = event.municipality();
        places.put(event.organizationId().value(), new Place(region, municipality, event.organizationId().value()));
        places.put(new TerritoryId(TerritoryLevel.MUNICIPALITY, region, municipality).uuid(),
                new Place(region, municipality, null));
        places.put(new TerritoryId(TerritoryLevel.REGION, region, null).uuid(), new Place(region, null, null));
    }

    @EventHandler
    void on(ProgramCreated event) {
        places.inherit(event.programId().value(), event.organizationId().value());
    }

    @EventHandler
    void on(PairOpened event) {
        places.inherit(event.pairId().value(), event.programId().value());
    }

    @EventHandler
    void on(RoadMapCreated event) {
        places.inherit(event.roadMapId().value(), event.ownerId());
    }

    @EventHandler
    void on(MenteeEnrolled event) {
        places.inherit(event.personId().value(), event.programId().value());
    }

    @EventHandler
    void on(MentorEnrolled event) {
        places.inherit(event.personId().value(), event.programId().value());
    }

    @EventHandler
    void on(CuratorAppointed event) {
        places.inherit(event.curatorId().value(), event.programId().value());
    }

    /** A person lies where the one who registered them acts. */
    @EventHandler
    void on(PersonRegistered event, MetaData metaData) {
        Actor.fromMetaData(metaData).map(Actor::scope).ifPresent(scope -> {
            if (scope.level() == Scope.Level.ORGANIZATION) {
                places.inherit(event.personId().value(), scope.organizationId());
            } else if (scope.region() != null) {
                places.put(event.personId().value(), new Place(scope.region(), scope.municipality(), null));
            }
        });
    }
}
