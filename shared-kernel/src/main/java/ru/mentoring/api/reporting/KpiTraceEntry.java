package ru.mentoring.api.reporting;

import java.util.List;
import java.util.UUID;

/** One person behind an indicator: the fixed pairs and groups and the programs of the scope they are in. */
public record KpiTraceEntry(UUID personId, List<UUID> pairs, List<UUID> programs) {
}
