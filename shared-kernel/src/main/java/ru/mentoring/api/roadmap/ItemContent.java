package ru.mentoring.api.roadmap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * What a road-map item says, column by column as in the documents: number (№), activity (мероприятие,
 * содержание), expected result and document type (ожидаемый результат), efficiency indicators (показатели
 * эффективности), term (сроки) and the responsible people or units (ответственные) as the official document
 * names them.
 */
public record ItemContent(
        @NotBlank @Size(max = 20) String number,
        @NotBlank @Size(max = ACTIVITY_MAX_LENGTH) String activity,
        @Size(max = 2000) String expectedResult,
        @Size(max = 2000) String indicators,
        @NotNull @Valid ItemSchedule schedule,
        @NotNull List<@NotBlank @Size(max = 500) String> responsible) {

    /** The longest activity text an item may have. */
    public static final int ACTIVITY_MAX_LENGTH = 2000;

    public ItemContent {
        number = number == null ? null : number.strip();
        activity = activity == null ? null : activity.strip();
        responsible = responsible == null ? List.of() : List.copyOf(responsible);
    }

    /** The same content naming these responsible people instead. */
    public ItemContent withResponsible(List<String> names) {
        return new ItemContent(number, activity, expectedResult, indicators, schedule, names);
    }
}
