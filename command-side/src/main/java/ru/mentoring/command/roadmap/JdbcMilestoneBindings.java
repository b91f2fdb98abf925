package ru.mentoring.command.roadmap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramMilestone;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapItemId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The milestone policy's memory in two command-side tables, written in the policy's own transaction.
 */
@Component
class JdbcMilestoneBindings implements MilestoneBindings {

    private final JdbcClient jdbc;

    JdbcMilestoneBindings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bind(BoundItem item, ProgramId program, ProgramMilestone milestone) {
        jdbc.sql("""
                        INSERT INTO road_map_milestone_binding (item_id, road_map_id, program_id, milestone)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (item_id) DO UPDATE SET program_id = EXCLUDED.program_id,
                                                            milestone = EXCLUDED.milestone""")
                .params(item.itemId().value(), item.roadMapId().value(), program.value(), milestone.name())
                .update();
    }

    @Override
    public void reached(ProgramId program, ProgramMilestone milestone, Reached reached) {
        jdbc.sql("""
                        INSERT INTO program_milestone_reached (program_id, milestone, event_id, reached_on)
                        VALUES (?, ?, ?, ?) ON CONFLICT (program_id, milestone) DO NOTHING""")
                .params(program.value(), milestone.name(), reached.eventId(), reached.on())
                .update();
    }

    @Override
    public List<BoundItem> boundTo(ProgramId program, ProgramMilestone milestone) {
        return jdbc.sql("""
                        SELECT road_map_id, item_id FROM road_map_milestone_binding
                         WHERE program_id = ? AND milestone = ? ORDER BY road_map_id, item_id""")
                .params(program.value(), milestone.name())
                .query((row, number) -> new BoundItem(new RoadMapId(row.getObject("road_map_id", UUID.class)),
                        new RoadMapItemId(row.getObject("item_id", UUID.class))))
                .list();
    }

    @Override
    public Optional<Reached> whenReached(ProgramId program, ProgramMilestone milestone) {
        return jdbc.sql("SELECT event_id, reached_on FROM program_milestone_reached WHERE program_id = ? AND milestone = ?")
                .params(program.value(), milestone.name())
                .query((row, number) -> new Reached(row.getString("event_id"),
                        row.getObject("reached_on", LocalDate.class)))
                .optional();
    }
}
