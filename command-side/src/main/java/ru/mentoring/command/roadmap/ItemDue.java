package ru.mentoring.command.roadmap;

import ru.mentoring.api.roadmap.RoadMapItemId;

import java.time.LocalDate;

/**
 * The payload of an item's deadline: the occurrence due on {@code dueDate} must be done by then.
 */
public record ItemDue(RoadMapItemId itemId, LocalDate dueDate) {
}
