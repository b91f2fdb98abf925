package ru.mentoring.api.pair;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * One activity of an individual plan: what, by when, with what expected result; numbered from 1.
 */
public record PlanActivity(
        int number,
        @NotBlank @Size(max = 300) String title,
        @NotNull LocalDate dueDate,
        @Size(max = 300) String expectedResult) {
}
