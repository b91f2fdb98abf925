package ru.mentoring.app.ui;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class MoscowCalendarTest {

    /** 22:30 in UTC on 1 September is 01:30 on 2 September in Moscow. */
    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-09-01T22:30:00Z");

    @Test
    void todayIsMoscowsDayWhateverTheServersZone() {
        MoscowCalendar calendar = new MoscowCalendar(Clock.fixed(LATE_EVENING_UTC, ZoneOffset.UTC));

        assertThat(calendar.today()).isEqualTo(LocalDate.of(2026, 9, 2));
        assertThat(MoscowCalendar.dayOf(LATE_EVENING_UTC)).isEqualTo(LocalDate.of(2026, 9, 2));
    }
}
