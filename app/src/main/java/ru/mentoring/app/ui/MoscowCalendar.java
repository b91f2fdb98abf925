package ru.mentoring.app.ui;

import org.springframework.stereotype.Component;
import ru.mentoring.api.program.AcademicPeriod;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days of the admin UI: the forms' default dates, and the day deadlines are judged by, are Moscow's, as the
 * documents' deadlines are, whatever zone the server runs in; read from the application's {@link Clock}. The API
 * dates what the server stamps itself (a monitoring form's submission) by the same days.
 */
@Component
public class MoscowCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private final Clock clock;

    public MoscowCalendar(Clock clock) {
        this.clock = clock.withZone(ZONE);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The academic year under way: it begins on 1 September. */
    public AcademicPeriod academicYear() {
        LocalDate today = today();
        return new AcademicPeriod(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1);
    }

    /** The Moscow day of a moment. */
    public static LocalDate dayOf(Instant moment) {
        return LocalDate.ofInstant(moment, ZONE);
    }
}
