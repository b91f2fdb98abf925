package ru.mentoring.query.pair;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.pair.FeedbackSource;
import ru.mentoring.api.pair.FindPairProgress;
import ru.mentoring.api.pair.FindProgramPairs;
import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.api.pair.PairProgress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Answers pair progress queries.
 */
@Component
class PairProgressQueries {

    private static final String ATTENTION = "status = 'ACTIVE' AND (first_meeting_overdue OR stalled "
            + "OR cardinality(feedback_missing) > 0)";

    private final JdbcClient jdbc;

    PairProgressQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<PairProgress> handle(FindPairProgress query) {
        return jdbc.sql("SELECT *, " + ATTENTION + " AS attention FROM pair_progress WHERE pair_id = ?")
                .param(query.pairId().value()).query(PairProgressQueries::progress).optional();
    }

    @QueryHandler
    List<PairProgress> handle(FindProgramPairs query) {
        return jdbc.sql("SELECT *, " + ATTENTION + " AS attention FROM pair_progress WHERE program_id = ?"
                        + (query.needingAttentionOnly() ? " AND " + ATTENTION : "") + " ORDER BY opened_at, pair_id")
                .param(query.programId().value()).query(PairProgressQueries::progress).list();
    }

    private static PairProgress progress(ResultSet row, int number) throws SQLException {
        Map<MeetingType, Integer> meetings = new EnumMap<>(MeetingType.class);
        for (MeetingType type : MeetingType.values()) {
            meetings.put(type, row.getInt("meetings_" + type.name().toLowerCase(Locale.ROOT)));
        }
        Map<FeedbackSource, Double> averages = new EnumMap<>(FeedbackSource.class);
        for (FeedbackSource source : FeedbackSource.values()) {
            String prefix = source.name().toLowerCase(Locale.ROOT);
            int count = row.getInt(prefix + "_score_count");
            if (count > 0) {
                averages.put(source, Math.round(10.0 * row.getInt(prefix + "_score_sum") / count) / 10.0);
            }
        }
        int activities = row.getInt("plan_activities");
        int done = ((Integer[]) row.getArray("plan_done").getArray()).length;
        Timestamp firstDue = row.getTimestamp("first_meeting_due_at");
        return new PairProgress(row.getObject("pair_id", UUID.class), row.getObject("program_id", UUID.class),
                row.getString("form"), row.getString("format"), row.getString("status"), uuids(row, "mentors"),
                uuids(row, "mentees"), row.getTimestamp("opened_at").toInstant(), firstDue.toInstant(),
                row.getObject("agreement_signed_on", LocalDate.class), row.getInt("plan_revision"), activities, done,
                activities == 0 ? 0 : 100 * done / activities, meetings,
                row.getObject("last_meeting_on", LocalDate.class), averages, row.getBoolean("first_meeting_overdue"),
                row.getBoolean("stalled"), row.getObject("stalled_since", LocalDate.class),
                row.getObject("feedback_due_on", LocalDate.class),
                Arrays.stream((String[]) row.getArray("feedback_missing").getArray()).map(FeedbackSource::valueOf)
                        .toList(),
                row.getString("outcome"), row.getObject("ended_on", LocalDate.class), row.getBoolean("attention"));
    }

    private static List<UUID> uuids(ResultSet row, String column) throws SQLException {
        return List.of((UUID[]) row.getArray(column).getArray());
    }
}
