package ru.mentoring.query.audit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The auditors' sentences by event type, filled in feature by feature: most read people's names from the
 * person register, a road-map item's read the number and activity its plan gave the item.
 */
final class Sentences {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Map<Class<?>, BiFunction<Object, PersonNames, String>> byNames = new HashMap<>();
    private final Map<Class<?>, BiFunction<Object, RoadMapItemLabels, String>> byItems = new HashMap<>();

    /** The sentence for events of {@code type}, naming people through the register. */
    <T> void on(Class<T> type, BiFunction<T, PersonNames, String> sentence) {
        byNames.put(type, (event, names) -> sentence.apply(type.cast(event), names));
    }

    /** The sentence for events of {@code type} about one road-map item, named by its plan. */
    <T> void onItem(Class<T> type, BiFunction<T, RoadMapItemLabels, String> sentence) {
        byItems.put(type, (event, items) -> sentence.apply(type.cast(event), items));
    }

    /** The event's sentence; a generic one naming {@code typeName} when its type has none or it is unreadable. */
    String summarize(Object event, String typeName, PersonNames names, RoadMapItemLabels items) {
        if (event == null) {
            return "Событие " + typeName;
        }
        BiFunction<Object, RoadMapItemLabels, String> itemSentence = byItems.get(event.getClass());
        if (itemSentence != null) {
            return itemSentence.apply(event, items);
        }
        BiFunction<Object, PersonNames, String> sentence = byNames.get(event.getClass());
        return sentence == null ? "Событие " + typeName : sentence.apply(event, names);
    }

    boolean has(Class<?> eventType) {
        return byNames.containsKey(eventType) || byItems.containsKey(eventType);
    }

    static String day(LocalDate date) {
        return date == null ? "(дата не указана)" : DAY.format(date);
    }

    static String days(List<LocalDate> dates) {
        return dates.isEmpty() ? "нет" : dates.stream().map(Sentences::day).collect(Collectors.joining(", "));
    }
}
