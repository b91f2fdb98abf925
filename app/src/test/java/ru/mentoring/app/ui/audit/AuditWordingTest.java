package ru.mentoring.app.ui.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the audit pages read and write moments (Moscow time, to the second) and count events in Russian.
 */
class AuditWordingTest {

    @Test
    void countsEventsWithTheRussianPluralForms() {
        assertThat(AuditChainPages.plural(1)).isEqualTo("one");
        assertThat(AuditChainPages.plural(21)).isEqualTo("one");
        assertThat(AuditChainPages.plural(11)).isEqualTo("many");
        assertThat(AuditChainPages.plural(3)).isEqualTo("few");
        assertThat(AuditChainPages.plural(102)).isEqualTo("few");
        assertThat(AuditChainPages.plural(13)).isEqualTo("many");
        assertThat(AuditChainPages.plural(5)).isEqualTo("many");
        assertThat(AuditChainPages.plural(0)).isEqualTo("many");
    }

    @Test
    void readsATypedMomentAsMoscowTimeAndShowsItBackTheSameWay() {
        Instant moment = Instant.parse("2021-01-15T07:30:05Z");
        assertThat(MoscowTime.parse("2021-01-15T10:30:05")).contains(moment);
        assertThat(MoscowTime.parse("2021-01-15T10:30")).contains(Instant.parse("2021-01-15T07:30:00Z"));
        assertThat(MoscowTime.parse("15.01.2021")).isEmpty();
        assertThat(MoscowTime.shown(moment)).isEqualTo("15.01.2021 10:30:05");
        assertThat(MoscowTime.endOfSecond(moment)).isEqualTo(Instant.parse("2021-01-15T07:30:05.999999999Z"));
    }

    @Test
    void aTypedDayMeansItsEndInMoscowAndATypedTimeItsSecond() {
        LocalDate day = LocalDate.of(2021, 10, 12);
        assertThat(MoscowTime.day("2021-10-12")).contains(day);
        assertThat(MoscowTime.day("12.10.2021")).isEmpty();
        assertThat(MoscowTime.endOfDay(day)).isEqualTo(Instant.parse("2021-10-12T20:59:59.999999999Z"));
        assertThat(MoscowTime.time("10:30")).contains(LocalTime.of(10, 30));
        assertThat(MoscowTime.time("10:30:15.250")).contains(LocalTime.of(10, 30, 15));
        assertThat(MoscowTime.time("половина одиннадцатого")).isEmpty();
        assertThat(MoscowTime.day(day)).isEqualTo("12.10.2021");
    }

    @Test
    void tellsWhatIsWrongWithAnIdentifierBeforeLookingItUp() {
        assertThat(AuditSubjects.problem(AuditKind.PROGRAMS, " ")).isEqualTo("audit.target.id.required");
        assertThat(AuditSubjects.problem(AuditKind.PAIRS, "abc")).isEqualTo("audit.missing.uuid");
        assertThat(AuditSubjects.problem(AuditKind.AGGREGATES, "abc")).isNull();
        assertThat(AuditSubjects.canonical(AuditKind.ROAD_MAPS, " 3F1C2A64-8A5E-4D1B-9C7E-2B0F6A1D4E55 "))
                .isEqualTo("3f1c2a64-8a5e-4d1b-9c7e-2b0f6a1d4e55");
    }
}
