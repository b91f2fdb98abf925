package ru.mentoring.query.matching;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Checks shared by the candidates' records. */
final class Candidates {

    private Candidates() {
    }

    /** An unmodifiable copy of a preference list, refusing a missing list or a missing id in it. */
    static List<UUID> copyOfIds(List<UUID> ids, String what) {
        if (ids == null) {
            throw new IllegalArgumentException(what + " must be a list (empty when none were stated), not null");
        }
        if (ids.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(what + " must not contain null");
        }
        return List.copyOf(ids);
    }
}
