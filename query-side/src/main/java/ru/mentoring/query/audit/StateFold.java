package ru.mentoring.query.audit;

import java.time.Instant;

/** A read-only state folded from an aggregate's events one by one, shown as of a moment. */
interface StateFold<V> {

    StateFold<V> apply(Object event, Instant storedAt);

    V view(StateBasis basis);
}
