package ru.mentoring.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Free text that may describe people — a meeting's notes, a feedback comment, a pair's outcome, a mentee's request —
 * together with the people it is about.
 * <p>
 * The event store never holds such text in the clear: the event serializer seals it with a key derived from the
 * key of every person it is about (crypto-shredding, README «Personal data»). Erasing any of those people destroys
 * their key, and from then on the text reads as {@linkplain #erased() erased} wherever an event is read — histories,
 * as-of states, projections rebuilt, exports — while the event itself, its dates and its counts stay whole.
 * <p>
 * In memory a text is either new (written by a command, not yet stored), or read from the store and opened each
 * time it is asked for, with the keys as they are then: loading an aggregate or replaying a projection that never
 * looks at a note costs no key lookup, and an event kept in memory (the audit keeps histories) reads as erased as
 * soon as the person is. Without the serializer's module (over HTTP, in tests of messages) a text travels
 * as a plain JSON string.
 */
public final class PersonalText {

    /** How an erased text reads in sentences, pages and exports. */
    public static final String ERASED = "(удалено)";

    private final List<PersonId> about;
    private final Object envelope;
    private final Supplier<String> opener;
    private final String text;

    private PersonalText(List<PersonId> about, String text, Object envelope, Supplier<String> opener) {
        this.about = about;
        this.text = text;
        this.envelope = envelope;
        this.opener = opener;
    }

    /**
     * A new text about the given people, stripped; {@code null} for an absent or blank text, so that optional
     * texts stay absent.
     */
    public static PersonalText about(Collection<PersonId> people, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return new PersonalText(sorted(people), text.strip(), null, null);
    }

    /**
     * A text as the event store holds it: {@code envelope} is the serializer's own form, written back unchanged
     * when the event is stored again (a dead letter, a snapshot), and {@code opener} gives the text, or
     * {@code null} once one of the people it is about has been erased.
     */
    public static PersonalText sealed(Collection<PersonId> about, Object envelope, Supplier<String> opener) {
        return new PersonalText(sorted(about), null, Objects.requireNonNull(envelope),
                Objects.requireNonNull(opener));
    }

    /** A text stored in the clear: before sealing existed, or read without the serializer's module. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PersonalText plain(String text) {
        return text == null ? null : new PersonalText(List.of(), text, null, null);
    }

    /** The people the text is about, ordered by id. */
    public List<PersonId> about() {
        return about;
    }

    /** The serializer's sealed form this text was read from; {@code null} for a text not stored yet. */
    public Object envelope() {
        return envelope;
    }

    /** The text, or nothing once it has been erased. */
    public Optional<String> text() {
        return Optional.ofNullable(value());
    }

    /** Whether the text can no longer be read: a person it is about was erased. */
    public boolean erased() {
        return value() == null;
    }

    /** The text, or {@code null} once erased: what HTTP answers and projections carry. */
    @JsonValue
    public String value() {
        return opener == null ? text : opener.get();
    }

    /** The text as pages and journals show it: itself, {@value #ERASED} once erased, {@code null} when absent. */
    public static String shown(PersonalText text) {
        return text == null ? null : text.toString();
    }

    /** The text as a sentence shows it: itself, or {@value #ERASED}. */
    @Override
    public String toString() {
        String value = value();
        return value == null ? ERASED : value;
    }

    /**
     * Two texts are equal when they read the same, whoever they are about: events compare by what they say, and
     * whom a text is about is the sealing's concern ({@link #about()}).
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof PersonalText that && Objects.equals(value(), that.value());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value());
    }

    private static List<PersonId> sorted(Collection<PersonId> people) {
        return people.stream().distinct().sorted(Comparator.comparing(PersonId::value)).toList();
    }
}
