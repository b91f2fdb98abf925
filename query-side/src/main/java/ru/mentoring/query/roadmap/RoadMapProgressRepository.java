package ru.mentoring.query.roadmap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.roadmap.ItemContent;
import ru.mentoring.api.roadmap.RoadMapCreated;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Writes of the road-map progress tables. Each write is guarded by the road map's event sequence number, so
 * that an event delivered twice is applied once; occurrence rows change only together with their item's row.
 */
@Repository
class RoadMapProgressRepository {

    private final JdbcClient jdbc;

    RoadMapProgressRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertRoadMap(RoadMapCreated event, Instant at, long sequence) {
        jdbc.sql("""
                        INSERT INTO road_map_progress (road_map_id, level, owner_id, period, title, template_code,
                                                       revision, created_at, last_sequence)
                        VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)
                        ON CONFLICT (road_map_id) DO NOTHING""")
                .params(event.roadMapId().value(), event.level().name(), event.ownerId(), event.period().toString(),
                        event.title(), event.templateCode(), Timestamp.from(at), sequence)
                .update();
    }

    void insertSection(UUID roadMapId, int number, String title) {
        jdbc.sql("""
                        INSERT INTO road_map_progress_section (road_map_id, section_number, title) VALUES (?, ?, ?)
                        ON CONFLICT (road_map_id, section_number) DO NOTHING""")
                .params(roadMapId, number, title)
                .update();
    }

    void approve(UUID roadMapId, int revision, String order, LocalDate date, long sequence) {
        jdbc.sql("""
                        UPDATE road_map_progress
                           SET revision = ?, approved_revision = ?, approval_order = ?, approval_date = ?,
                               amendment_reason = NULL, last_sequence = ?
                         WHERE road_map_id = ? AND last_sequence < ?""")
                .params(revision, revision, order, date, sequence, roadMapId, sequence)
                .update();
    }

    void openAmendment(UUID roadMapId, int revision, String reason, long sequence) {
        jdbc.sql("""
                        UPDATE road_map_progress SET revision = ?, amendment_reason = ?, last_sequence = ?
                         WHERE road_map_id = ? AND last_sequence < ?""")
                .params(revision, reason, sequence, roadMapId, sequence)
                .update();
    }

    /** The amendment reason reads as erased, if the road map's current amendment is among those given. */
    void eraseAmendmentReason(UUID roadMapId, List<Integer> revisions) {
        if (revisions.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        UPDATE road_map_progress SET amendment_reason = ?
                         WHERE road_map_id = ? AND revision = ANY (?) AND amendment_reason IS NOT NULL""")
                .params(PersonalText.ERASED, roadMapId, revisions.toArray(Integer[]::new))
                .update();
    }

    void insertItem(UUID roadMapId, UUID itemId, int section, ItemContent content, List<LocalDate> dueDates,
                    long sequence) {
        int inserted = jdbc.sql("""
                        INSERT INTO road_map_progress_item (item_id, road_map_id, section_number, position, number,
                                                            activity, expected_result, indicators, term, responsible,
                                                            status, last_sequence)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?)
                        ON CONFLICT (item_id) DO NOTHING""")
                .params(itemId, roadMapId, section, sequence, content.number(), content.activity(),
                        content.expectedResult(), content.indicators(), content.schedule().asWritten(),
                        String.join("\n", content.responsible()), sequence)
                .update();
        if (inserted == 1) {
            insertOccurrences(itemId, dueDates);
        }
    }

    void reviseItem(UUID itemId, ItemContent content, List<LocalDate> dueDates, long sequence) {
        int updated = jdbc.sql("""
                        UPDATE road_map_progress_item
                           SET number = ?, activity = ?, expected_result = ?, indicators = ?, term = ?,
                               responsible = ?, last_sequence = ?
                         WHERE item_id = ? AND last_sequence < ?""")
                .params(content.number(), content.activity(), content.expectedResult(), content.indicators(),
                        content.schedule().asWritten(), String.join("\n", content.responsible()), sequence, itemId,
                        sequence)
                .update();
        if (updated == 1) {
            jdbc.sql("DELETE FROM road_map_progress_occurrence WHERE item_id = ?").param(itemId).update();
            insertOccurrences(itemId, dueDates);
        }
    }

    /** Sets columns of an item; {@code assignments} is trusted SQL of this class, values go in as parameters. */
    boolean updateItem(UUID itemId, long sequence, String assignments, Object... values) {
        Object[] params = new Object[values.length + 3];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = sequence;
        params[values.length + 1] = itemId;
        params[values.length + 2] = sequence;
        return jdbc.sql("UPDATE road_map_progress_item SET " + assignments + ", last_sequence = ?"
                        + " WHERE item_id = ? AND last_sequence < ?")
                .params(params)
                .update() == 1;
    }

    void markOccurrence(UUID itemId, LocalDate dueDate, String state) {
        jdbc.sql("UPDATE road_map_progress_occurrence SET state = ? WHERE item_id = ? AND due_date = ?")
                .params(state, itemId, dueDate)
                .update();
    }

    void closeOccurrences(UUID itemId) {
        jdbc.sql("UPDATE road_map_progress_occurrence SET state = 'DONE' WHERE item_id = ?").param(itemId).update();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM road_map_progress_occurrence").update();
        jdbc.sql("DELETE FROM road_map_progress_item").update();
        jdbc.sql("DELETE FROM road_map_progress_section").update();
        jdbc.sql("DELETE FROM road_map_progress").update();
    }

    private void insertOccurrences(UUID itemId, List<LocalDate> dueDates) {
        for (LocalDate due : dueDates) {
            jdbc.sql("""
                            INSERT INTO road_map_progress_occurrence (item_id, due_date, state) VALUES (?, ?, 'OPEN')
                            ON CONFLICT (item_id, due_date) DO NOTHING""")
                    .params(itemId, due)
                    .update();
        }
    }
}
