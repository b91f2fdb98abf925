package ru.mentoring.app.agreement;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Named views of the same things — an as-of view, a projection read through its query, the aggregate itself —
 * each a function from a thing's id to the facts it shows of it, compared two by two. The facts are a record
 * whose components a view leaves {@code null} when it does not show that fact: every fact is compared between
 * every two views that both show it, and a thing one view knows and another does not is a disagreement too.
 * One more view is one more {@link #add}.
 *
 * @param <I> the id of the things
 * @param <F> the record of the facts compared
 */
final class Sources<I, F extends Record> {

    private final Map<String, Function<I, F>> views = new LinkedHashMap<>();

    /** A view that answers {@code null} for a thing it does not know. */
    Sources<I, F> add(String name, Function<I, F> view) {
        views.put(name, view);
        return this;
    }

    /** Every fact on which two views of the thing differ, in words; empty when they all agree. */
    List<String> disagreements(I id) {
        Map<String, F> facts = new LinkedHashMap<>();
        views.forEach((name, view) -> facts.put(name, view.apply(id)));
        List<String> found = new ArrayList<>();
        List<String> names = List.copyOf(facts.keySet());
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                compare(names.get(i), facts.get(names.get(i)), names.get(j), facts.get(names.get(j)), found);
            }
        }
        return found;
    }

    /**
     * Waits until every view agrees on every thing, reading again only the things that still disagree (a projection
     * may be behind), and fails at {@code patience} with each disagreement and what {@code story} tells of how the
     * thing came to be.
     */
    void awaitAgreement(Collection<I> ids, Function<I, String> story, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        Map<I, List<String>> pending = new LinkedHashMap<>();
        ids.forEach(id -> pending.put(id, List.of()));
        while (true) {
            pending.replaceAll((id, previous) -> disagreements(id));
            pending.values().removeIf(List::isEmpty);
            if (pending.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                break;
            }
            pause();
        }
        StringBuilder report = new StringBuilder(pending.size() + " of " + ids.size()
                + " still disagree after " + patience.toSeconds() + " s:");
        pending.forEach((id, disagreements) -> report.append("\n\n").append(id).append(":\n  ")
                .append(String.join("\n  ", disagreements)).append("\n").append(story.apply(id)));
        throw new AssertionError(report.toString());
    }

    private static void compare(String leftName, Record left, String rightName, Record right, List<String> found) {
        if (left == null || right == null) {
            if (left != right) {
                found.add((left == null ? leftName : rightName) + " does not know it, "
                        + (left == null ? rightName + " shows " + right : leftName + " shows " + left));
            }
            return;
        }
        for (RecordComponent component : left.getClass().getRecordComponents()) {
            Object a = read(component, left);
            Object b = read(component, right);
            if (a != null && b != null && !Objects.equals(a, b)) {
                found.add(component.getName() + ": " + leftName + " " + a + ", " + rightName + " " + b);
            }
        }
    }

    private static Object read(RecordComponent component, Record facts) {
        try {
            return component.getAccessor().invoke(facts);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
