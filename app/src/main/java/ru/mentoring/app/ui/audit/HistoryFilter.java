package ru.mentoring.app.ui.audit;

import org.springframework.validation.BindingResult;

import java.time.Instant;

/**
 * The history's filter as typed: the period (Moscow time, both ends inclusive to the second) and one event type,
 * kept as typed so that a refused filter shows it again beside its error.
 */
public class HistoryFilter {

    private String from;
    private String to;
    private String type;

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** The start of the period, or {@code null} when open or refused (the refusal goes into {@code errors}). */
    Instant since(BindingResult errors) {
        return moment("from", from, errors);
    }

    /** The last instant of the period, or {@code null} when open or refused. */
    Instant until(BindingResult errors) {
        Instant start = moment("to", to, errors);
        return start == null ? null : MoscowTime.endOfSecond(start);
    }

    /** The type asked for, or {@code null} for every type. */
    String eventType() {
        return type == null || type.isBlank() ? null : type.strip();
    }

    boolean isEmpty() {
        return (from == null || from.isBlank()) && (to == null || to.isBlank()) && eventType() == null;
    }

    static Instant moment(String field, String typed, BindingResult errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return MoscowTime.parse(typed).orElseGet(() -> {
            errors.rejectValue(field, "audit.moment.invalid");
            return null;
        });
    }
}
