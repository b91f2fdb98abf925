package ru.mentoring.query.audit;

import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.RecordComponents;
import ru.mentoring.api.operations.DeadLetterEvicted;
import ru.mentoring.api.people.PersonRegistered;
import ru.mentoring.api.people.PersonalDataErased;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One readable Russian sentence per event, for auditors: names come from the person register when the history
 * is read (so erased people read as «(данные удалены)»), road-map items by the number and activity their plan
 * gave them; an event type without a sentence of its own gets a generic one naming its type. The sentences
 * themselves are written by feature: {@link ProgramSentences}, {@link PairSentences}, {@link RoadMapSentences},
 * {@link ReportingSentences}, and here those of the person register and the operations.
 */
final class EventSummaries {

    private static final Sentences SENTENCES = new Sentences();

    static {
        ProgramSentences.register(SENTENCES);
        PairSentences.register(SENTENCES);
        RoadMapSentences.register(SENTENCES);
        ReportingSentences.register(SENTENCES);
        SENTENCES.on(PersonRegistered.class, (e, names) -> "Человек внесён в реестр: " + names.of(e.personId()));
        SENTENCES.on(PersonalDataErased.class, (e, names) -> "Персональные данные удалены: " + names.of(e.personId())
                + (e.groundInWords() == null ? "" : " (основание: " + e.groundInWords() + ")"));
        SENTENCES.on(DeadLetterEvicted.class, (e, names) -> "Недоставленное событие " + e.eventId() + " ("
                + e.eventType().substring(e.eventType().lastIndexOf('.') + 1) + ") исключено из обработки «"
                + e.processingGroup() + "» (основание: " + e.reason() + ")");
    }

    private EventSummaries() {
    }

    /**
     * The sentence for one event of a stream whose road-map items {@code items} names; {@code typeName} names
     * the event when it has no sentence of its own.
     */
    static String summarize(Object event, String typeName, PersonNames names, RoadMapItemLabels items) {
        return SENTENCES.summarize(event, typeName, names, items);
    }

    /** Whether events of this type read as a sentence of their own. */
    static boolean hasSentence(Class<?> eventType) {
        return SENTENCES.has(eventType);
    }

    /** Every person an event names, in its own fields or in collections of them. */
    static Set<PersonId> peopleIn(Object event) {
        Set<PersonId> people = new LinkedHashSet<>();
        if (event == null || !event.getClass().isRecord()) {
            return people;
        }
        for (RecordComponent component : RecordComponents.of(event.getClass())) {
            Object value;
            try {
                value = component.getAccessor().invoke(event);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
            if (value instanceof PersonId person) {
                people.add(person);
            } else if (value instanceof Collection<?> values) {
                values.stream().filter(PersonId.class::isInstance).map(PersonId.class::cast).forEach(people::add);
            }
        }
        return people;
    }
}
