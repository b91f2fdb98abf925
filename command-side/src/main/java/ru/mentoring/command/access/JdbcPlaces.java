package ru.mentoring.command.access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.access.Place;
import ru.mentoring.api.access.Places;

import java.util.List;
import java.util.UUID;

/**
 * The places of things in {@code access_place}, read and written with the transaction of the caller.
 */
@Component
class JdbcPlaces implements Places {

    private final JdbcClient jdbc;

    JdbcPlaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Place> of(UUID subject) {
        return jdbc.sql("SELECT region, municipality, organization_id FROM access_place WHERE subject_id = ?")
                .param(subject)
                .query((row, number) -> new Place(row.getString(1), emptyToNull(row.getString(2)),
                        row.getObject(3, UUID.class)))
                .list();
    }

    void put(UUID subject, Place place) {
        jdbc.sql("""
                        INSERT INTO access_place (subject_id, region, municipality, organization_id)
                        VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(subject, place.region(), place.municipality() == null ? "" : place.municipality(),
                        place.organizationId())
                .update();
    }

    /** Gives a new thing the places of the thing it belongs to (a program its organization's, a pair its program's). */
    void inherit(UUID subject, UUID parent) {
        of(parent).forEach(place -> put(subject, place));
    }

    boolean isEmpty() {
        return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM access_place)").query(Boolean.class).single();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
