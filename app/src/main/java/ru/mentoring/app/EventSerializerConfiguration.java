package ru.mentoring.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import ru.mentoring.command.people.PersonKeys;
import ru.mentoring.command.people.PersonalTextModule;

/**
 * Axon's three serializers — events (and dead letters, deadline payloads), messages, and the general one that Axon
 * also stores snapshots and sagas with — are the ones its auto-configuration would build from the application's
 * mapper ({@code axon.serializer.*: jackson}), on a copy of the mapper that seals free text about people
 * ({@link PersonalTextModule}): whatever Axon writes to the database, a {@code PersonalText} in it is sealed.
 * Axon's auto-configuration steps back for beans with these qualifiers.
 */
@Configuration(proxyBeanMethods = false)
class EventSerializerConfiguration {

    @Bean
    @Primary
    Serializer serializer(ObjectMapper json, RevisionResolver revisions, PersonKeys keys) {
        return sealing(json, revisions, keys);
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(ObjectMapper json, RevisionResolver revisions, PersonKeys keys) {
        return sealing(json, revisions, keys);
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(ObjectMapper json, RevisionResolver revisions, PersonKeys keys) {
        return sealing(json, revisions, keys);
    }

    private static Serializer sealing(ObjectMapper json, RevisionResolver revisions, PersonKeys keys) {
        return JacksonSerializer.builder()
                .revisionResolver(revisions)
                .converter(new ChainingConverter(EventSerializerConfiguration.class.getClassLoader()))
                .objectMapper(json.copy().registerModule(new PersonalTextModule(keys)))
                .build();
    }
}
