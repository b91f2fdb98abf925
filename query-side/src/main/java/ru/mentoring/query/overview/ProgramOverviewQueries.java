package ru.mentoring.query.overview;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.program.*;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers the program overview: reads the program's row and its participants' facts from the bases and
 * applies the same {@link StageChecklist} the aggregate does.
 */
@Component
class ProgramOverviewQueries {

    private final JdbcClient jdbc;

    ProgramOverviewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<ProgramOverview> handle(FindProgramOverview query) {
        UUID programId = query.programId().value();
        return jdbc.sql("SELECT * FROM program_overview WHERE program_id = ?").param(programId)
                .query((row, number) -> overview(row, programId)).optional();
    }

    private ProgramOverview overview(ResultSet row, UUID programId) throws SQLException {
        ProgramStage stage = ProgramStage.valueOf(row.getString("stage"));
        Set<ProgramDocumentKind> documents = enums(row.getArray("documents"), ProgramDocumentKind::valueOf,
                ProgramDocumentKind.class);
        Set<MentoringForm> forms = enums(row.getArray("forms"), MentoringForm::valueOf, MentoringForm.class);
        ProgramFacts facts = new ProgramFacts(stage, documents, row.getBoolean("curator_appointed"), forms,
                row.getObject("students") != null, row.getInt("informing_events"), count(programId, "role = 'MENTEE'"),
                count(programId, "role = 'MENTOR'"), people(programId, "consent <> 'GIVEN'"),
                people(programId, "role = 'MENTEE' AND NOT baseline_assessed"),
                people(programId, "role = 'MENTOR' AND interview <> 'PASSED'"),
                people(programId, "role = 'MENTOR' AND training_sessions = 0"),
                row.getBoolean("mentee_base_formed"), row.getBoolean("mentor_base_formed"),
                row.getBoolean("group_meeting_held"), row.getInt("pairs_proposed"), row.getInt("pairs_fixed"),
                row.getBoolean("final_event_held"), row.getInt("mentee_surveys"), row.getInt("mentor_surveys"),
                people(programId, "role = 'MENTEE' AND pair_status = 'FIXED' AND NOT final_assessed"),
                row.getBoolean("monitoring_report_submitted"));
        Integer present = (Integer) row.getObject("final_event_present");
        Integer participants = (Integer) row.getObject("final_event_participants");
        Integer participation = present == null || participants == null || participants == 0 ? null
                : Math.round(100f * present / participants);
        return new ProgramOverview(programId, row.getString("title"), row.getObject("organization_id", UUID.class),
                row.getString("period"), stage, stage.title(), stage == ProgramStage.COMPLETED ? null : stage.next(),
                stage == ProgramStage.COMPLETED ? List.of() : StageChecklist.unmet(facts), forms, documents,
                facts.mentees(), facts.mentors(), count(programId, "role = 'MENTEE' AND consent = 'GIVEN'"),
                count(programId, "role = 'MENTOR' AND consent = 'GIVEN' AND interview = 'PASSED' "
                        + "AND training_sessions > 0"),
                count(programId, "role = 'MENTEE' AND pair_status = 'UNMATCHED'"), facts.pairsProposed(),
                facts.pairsFixed(), row.getInt("training_sessions"), facts.informingEvents(),
                (Integer) row.getObject("student_coverage_percent"), (Integer) row.getObject("teacher_coverage_percent"),
                participation, row.getInt("cases"), row.getBoolean("completed"));
    }

    private int count(UUID programId, String condition) {
        return jdbc.sql("SELECT count(*) FROM participant_base WHERE program_id = ? AND " + condition)
                .param(programId).query(Integer.class).single();
    }

    private List<PersonId> people(UUID programId, String condition) {
        return jdbc.sql("SELECT person_id FROM participant_base WHERE program_id = ? AND " + condition
                        + " ORDER BY enrolled_on, person_id")
                .param(programId).query(UUID.class).list().stream().map(PersonId::new).toList();
    }

    private static <E extends Enum<E>> Set<E> enums(Array array, Function<String, E> parse, Class<E> type)
            throws SQLException {
        String[] names = (String[]) array.getArray();
        return Arrays.stream(names).map(parse).collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }
}
