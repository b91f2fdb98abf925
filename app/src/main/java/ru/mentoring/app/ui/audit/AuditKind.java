package ru.mentoring.app.ui.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an auditor can open, named in the address as the audit API names it ({@code /ui/audit/programs/…} beside
 * {@code /api/audit/programs/…}), so that the exports are the API's own.
 */
public enum AuditKind {

    PROGRAMS("programs", "Program", true),
    PAIRS("pairs", "Pair", true),
    ROAD_MAPS("road-maps", "RoadMap", true),
    AGGREGATES("aggregates", null, false);

    private final String path;
    private final String aggregateType;
    private final boolean foldable;

    AuditKind(String path, String aggregateType, boolean foldable) {
        this.path = path;
        this.aggregateType = aggregateType;
        this.foldable = foldable;
    }

    static Optional<AuditKind> fromPath(String path) {
        return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
    }

    /** The segment of the address: {@code programs}, {@code pairs}, {@code road-maps}, {@code aggregates}. */
    public String getPath() {
        return path;
    }

    /** The aggregate type Axon stores for this kind, or {@code null} when any will do. */
    String aggregateType() {
        return aggregateType;
    }

    /** Whether a state as of a moment can be folded for this kind (any aggregate has only its history). */
    public boolean isFoldable() {
        return foldable;
    }

    /** Programs, pairs and road maps are known by UUIDs; other aggregates by whatever they were stored under. */
    boolean needsUuid() {
        return this != AGGREGATES;
    }
}
