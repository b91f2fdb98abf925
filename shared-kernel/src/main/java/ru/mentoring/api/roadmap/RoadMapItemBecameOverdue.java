package ru.mentoring.api.roadmap;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The occurrence of an item due on {@code dueDate} passed its date without being done (просрочено). Raised by
 * the item's deadline, which survives restarts.
 */
@Revision("1")
public record RoadMapItemBecameOverdue(RoadMapId roadMapId, RoadMapItemId itemId, LocalDate dueDate) {
}
