package ru.mentoring.app.ui.pairs;

import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.pair.FeedbackSource;

import java.util.Optional;
import java.util.UUID;

/** Someone who may give feedback on a pair, as the feedback form offers them: {@code SOURCE:personId}. */
public record FeedbackGiver(FeedbackSource source, PersonId personId, String name) {

    public String value() {
        return source + ":" + personId;
    }

    /** The giver chosen in the form, or empty when the value is not of the form's making. */
    static Optional<FeedbackGiver> parse(String value) {
        String[] parts = value == null ? new String[0] : value.split(":", 2);
        try {
            return parts.length == 2
                    ? Optional.of(new FeedbackGiver(FeedbackSource.valueOf(parts[0]),
                    new PersonId(UUID.fromString(parts[1])), null))
                    : Optional.empty();
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }
}
