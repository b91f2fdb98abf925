package ru.mentoring.api.roadmap;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An item on the escalation list: whose plan it is in, what it is, who is responsible, since when it is due
 * and how many days late it is.
 */
public record OverdueItem(UUID roadMapId, String roadMapTitle, RoadMapLevel level, UUID ownerId, UUID itemId,
                          String number, String activity, List<String> responsible, LocalDate dueDate,
                          long daysOverdue) {

    public OverdueItem {
        responsible = List.copyOf(responsible);
    }
}
