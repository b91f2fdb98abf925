package ru.mentoring.app;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.organization.RegisterOrganization;

import java.util.UUID;

/**
 * A school registered through the command bus, in a municipality and region of its own unless named, with the
 * staff who may act for it: its curator, the municipality's coordinator, the region's administrator and auditor.
 * Every integration test that sends commands acts as one of them, since the access policy lets no one act
 * outside their territory.
 */
public record TestSchool(OrganizationId id, String name, String municipality, String region) {

    /** A school in a municipality and region no other test uses. */
    public static TestSchool register(CommandGateway commands, String name) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return register(commands, name, "Город " + suffix, "Регион " + suffix);
    }

    public static TestSchool register(CommandGateway commands, String name, String municipality, String region) {
        TestSchool school = new TestSchool(new OrganizationId(UUID.randomUUID()), name, municipality, region);
        commands.sendAndWait(new RegisterOrganization(school.id(), name, municipality, region),
                MetaData.from(school.administrator("admin@" + region).asMetaData()));
        return school;
    }

    public Actor curator(String login) {
        return new Actor(login, ActorRole.ORGANIZATION_CURATOR, null, null, id.toString());
    }

    public Actor coordinator(String login) {
        return new Actor(login, ActorRole.MUNICIPAL_COORDINATOR, region, municipality, null);
    }

    public Actor administrator(String login) {
        return new Actor(login, ActorRole.REGIONAL_ADMINISTRATOR, region, null, null);
    }

    public Actor auditor(String login) {
        return new Actor(login, ActorRole.AUDITOR, region, null, null);
    }

    /** The metadata of a command sent by this school's curator. */
    public MetaData asCurator(String login) {
        return MetaData.from(curator(login).asMetaData());
    }
}
