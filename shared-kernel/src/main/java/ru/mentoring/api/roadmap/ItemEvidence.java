package ru.mentoring.api.roadmap;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Size;

/**
 * What shows an item (or one occurrence of it) is done: a document (приказ № 112-о от 30.08.2021, a protocol,
 * a link), a figure reached ("7 публикаций", "92 %"), or the id of the program event that completed it.
 *
 * @param documentReference the document, or {@code null}
 * @param indicatorValue    the indicator's value reached, or {@code null}
 * @param sourceEventId     the id of the event that completed the item by itself, or {@code null}
 */
public record ItemEvidence(@Size(max = 500) String documentReference, @Size(max = 500) String indicatorValue,
                           @Size(max = 100) String sourceEventId) {

    public ItemEvidence {
        documentReference = blankToNull(documentReference);
        indicatorValue = blankToNull(indicatorValue);
        sourceEventId = blankToNull(sourceEventId);
    }

    public static ItemEvidence document(String reference) {
        return new ItemEvidence(reference, null, null);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return documentReference == null && indicatorValue == null && sourceEventId == null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
