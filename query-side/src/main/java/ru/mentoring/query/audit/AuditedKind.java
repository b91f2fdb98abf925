package ru.mentoring.query.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an audit path names: a program, a pair, or any aggregate by its identifier (road maps and whatever
 * comes next need no change here to be audited).
 */
enum AuditedKind {

    PROGRAMS("programs", "Program", "программы"),
    PAIRS("pairs", "Pair", "пары или группы"),
    ROAD_MAPS("road-maps", "RoadMap", "дорожной карты"),
    AGGREGATES("aggregates", null, "объекта");

    private final String path;
    private final String aggregateType;
    private final String genitive;

    AuditedKind(String path, String aggregateType, String genitive) {
        this.path = path;
        this.aggregateType = aggregateType;
        this.genitive = genitive;
    }

    static Optional<AuditedKind> fromPath(String path) {
        return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
    }

    /** The aggregate type Axon stores for this kind, or {@code null} when any type will do. */
    String aggregateType() {
        return aggregateType;
    }

    /** «программы», «пары или группы»: for messages such as «Нет событий программы …». */
    String genitive() {
        return genitive;
    }
}
