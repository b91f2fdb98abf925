package ru.mentoring.app.audit;

import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.common.RecordComponents;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.people.PersonalDataErased;
import ru.mentoring.api.roadmap.RoadMapItemPlanned;
import ru.mentoring.api.roadmap.RoadMapItemRevised;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One aggregate's events, read in order, as the present version would have stored them: every free text an
 * earlier version stored in the clear becomes a {@link PersonalText} about the people it concerns, so that the
 * event serializer seals it and erasure reaches it.
 * <p>
 * Whom an old text is about is not stored with it, so it is decided as the commands decide it now, from what the
 * stream has said by then: the people the event names itself (a request or competencies: the person enrolled; an
 * award: the mentor) together with the people of every pair it names (a meeting's notes, a dissolution's reason:
 * the pair's mentors and mentees, learnt from the events that opened, proposed or joined the pair); an event that
 * names no one and no pair (a case written without a pair) is about everyone the stream has named so far. A road
 * map's texts — responsible names, cancellation and amendment reasons — are each about a subject of their own, as
 * new ones are. A text no one can be found for stays as it is, and is counted.
 * <p>
 * Two older shapes are rewritten too: road-map items planned or revised with their names inside the content
 * (their names move to the sealed list, so that {@code EraseResponsibleName} reaches them), and erasures stored with
 * a reason in words (the reason is dropped: it describes the person erased, whose texts no one may read).
 */
final class LegacyTexts {

    private final boolean textsOfTheirOwn;
    private final Set<PersonId> named = new LinkedHashSet<>();
    private final Map<PairId, Set<PersonId>> pairs = new HashMap<>();
    private int sealed;
    private int aboutNoOne;
    private int names;
    private int reasonsDropped;

    /**
     * @param textsOfTheirOwn whether each text is about a subject of its own (a road map's)
     */
    LegacyTexts(boolean textsOfTheirOwn) {
        this.textsOfTheirOwn = textsOfTheirOwn;
    }

    /** The next event of the stream as it is to be stored now, or nothing when it is already as it should be. */
    Optional<Object> next(Object event) {
        learn(event);
        Object rewritten;
        if (event instanceof PersonalDataErased erased && erased.reason() != null) {
            reasonsDropped++;
            rewritten = new PersonalDataErased(erased.personId(), erased.ground(), null);
        } else if (event instanceof RoadMapItemPlanned planned && planned.responsible() == null
                && !planned.content().responsible().isEmpty()) {
            rewritten = new RoadMapItemPlanned(planned.roadMapId(), planned.itemId(), planned.sectionNumber(),
                    planned.content().withResponsible(List.of()), planned.dueDates(),
                    ownSubjects(planned.content().responsible()));
            rewritten = rewrite(rewritten, List.of());
        } else if (event instanceof RoadMapItemRevised revised && revised.responsible() == null
                && !revised.content().responsible().isEmpty()) {
            rewritten = new RoadMapItemRevised(revised.roadMapId(), revised.itemId(),
                    revised.content().withResponsible(List.of()), revised.dueDates(),
                    ownSubjects(revised.content().responsible()));
            rewritten = rewrite(rewritten, List.of());
        } else {
            rewritten = rewrite(event, subjects(event));
        }
        return rewritten == event ? Optional.empty() : Optional.of(rewritten);
    }

    /** Texts sealed so far. */
    int sealed() {
        return sealed;
    }

    /** Texts left in the clear because the stream named no one they could be about. */
    int aboutNoOne() {
        return aboutNoOne;
    }

    /** Road-map responsible names moved out of an item's content into sealed texts. */
    int names() {
        return names;
    }

    /** Erasures' reasons in words dropped. */
    int reasonsDropped() {
        return reasonsDropped;
    }

    private List<PersonalText> ownSubjects(List<String> responsible) {
        names += responsible.size();
        return responsible.stream().map(name -> PersonalText.about(List.of(new PersonId(UUID.randomUUID())), name))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private void learn(Object event) {
        collect(event, new LinkedHashSet<>(), new LinkedHashSet<>(), true);
    }

    private List<PersonId> subjects(Object event) {
        Set<PersonId> people = new LinkedHashSet<>();
        Set<PairId> pairsNamed = new LinkedHashSet<>();
        collect(event, people, pairsNamed, false);
        pairsNamed.forEach(pair -> people.addAll(pairs.getOrDefault(pair, Set.of())));
        if (people.isEmpty()) {
            people.addAll(named);
        }
        return List.copyOf(people);
    }

    /**
     * Gathers the people and pairs named in a value; learning, also remembers them: the people of the stream, and
     * for the innermost record that names a pair, the people named within it as that pair's.
     */
    private void collect(Object value, Set<PersonId> people, Set<PairId> pairsNamed, boolean learning) {
        if (value instanceof PersonId person) {
            people.add(person);
            if (learning) {
                named.add(person);
            }
        } else if (value instanceof PairId pair) {
            pairsNamed.add(pair);
        } else if (value instanceof Collection<?> values) {
            values.forEach(element -> collect(element, people, pairsNamed, learning));
        } else if (value instanceof Map<?, ?> map) {
            map.keySet().forEach(key -> collect(key, people, pairsNamed, learning));
            map.values().forEach(element -> collect(element, people, pairsNamed, learning));
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(present -> collect(present, people, pairsNamed, learning));
        } else if (value != null && value.getClass().isRecord()) {
            Set<PersonId> inside = new LinkedHashSet<>();
            Set<PairId> pairsInside = new LinkedHashSet<>();
            PairId own = null;
            for (RecordComponent component : RecordComponents.of(value.getClass())) {
                Object part = read(component, value);
                if (part instanceof PairId pair) {
                    own = pair;
                }
                collect(part, inside, pairsInside, learning);
            }
            if (learning && own != null) {
                pairs.computeIfAbsent(own, pair -> new LinkedHashSet<>()).addAll(inside);
            }
            people.addAll(inside);
            pairsNamed.addAll(pairsInside);
        }
    }

    /** The value with every text in the clear made a text about {@code about}; the same instance if none was. */
    private Object rewrite(Object value, List<PersonId> about) {
        if (value instanceof PersonalText text) {
            if (text.envelope() != null || !text.about().isEmpty() || text.value() == null
                    || text.value().isBlank()) {
                return text;
            }
            List<PersonId> subjects = textsOfTheirOwn ? List.of(new PersonId(UUID.randomUUID())) : about;
            if (subjects.isEmpty()) {
                aboutNoOne++;
                return text;
            }
            sealed++;
            return PersonalText.about(subjects, text.value());
        } else if (value instanceof List<?> || value instanceof Set<?>) {
            Collection<Object> copy = value instanceof List<?> ? new ArrayList<>() : new LinkedHashSet<>();
            boolean changed = false;
            for (Object element : (Collection<?>) value) {
                Object rewritten = rewrite(element, about);
                changed |= rewritten != element;
                copy.add(rewritten);
            }
            return changed ? copy : value;
        } else if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            boolean changed = false;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object rewritten = rewrite(entry.getValue(), about);
                changed |= rewritten != entry.getValue();
                copy.put(entry.getKey(), rewritten);
            }
            return changed ? copy : value;
        } else if (value != null && value.getClass().isRecord()) {
            RecordComponent[] components = RecordComponents.of(value.getClass());
            Object[] parts = new Object[components.length];
            boolean changed = false;
            for (int i = 0; i < components.length; i++) {
                Object part = read(components[i], value);
                parts[i] = rewrite(part, about);
                changed |= parts[i] != part;
            }
            return changed ? construct(value.getClass(), components, parts) : value;
        }
        return value;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("The record " + record.getClass().getName() + " cannot be read", e);
        }
    }

    private static Object construct(Class<?> type, RecordComponent[] components, Object[] parts) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(parts);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The record " + type.getName() + " cannot be made again", e);
        }
    }
}
