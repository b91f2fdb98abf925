package ru.mentoring.query.audit;

import org.junit.jupiter.api.Test;
import ru.mentoring.api.audit.EventHistory;
import ru.mentoring.api.audit.HistoryEntry;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryCsvTest {

    @Test
    void quotesOnlyTheFieldsThatNeedIt() {
        assertThat(HistoryCsv.quoted("plain text")).isEqualTo("plain text");
        assertThat(HistoryCsv.quoted("a, b")).isEqualTo("\"a, b\"");
        assertThat(HistoryCsv.quoted("«Гимназия» \"№ 2\"")).isEqualTo("\"«Гимназия» \"\"№ 2\"\"\"");
        assertThat(HistoryCsv.quoted("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(HistoryCsv.quoted(null)).isEmpty();
    }

    @Test
    void writesAHeaderAndOneCrlfLinePerEntryAfterAByteOrderMark() {
        EventHistory history = new EventHistory("p-1", "Program", 1, List.of(new HistoryEntry(0,
                Instant.parse("2021-01-15T10:00:00.123Z"), "e-1", "ProgramCreated",
                "Программа создана: «Гимназия, корпус 2», 2020-2021 учебный год", "curator@school",
                "ORGANIZATION_CURATOR", null, "c-1")));

        assertThat(HistoryCsv.write(history)).isEqualTo("\uFEFF"
                + "sequenceNumber,timestamp,eventId,eventType,summary,actorId,actorRole,actorOrganization,"
                + "correlationId\r\n"
                + "0,2021-01-15T10:00:00.123Z,e-1,ProgramCreated,\"Программа создана: «Гимназия, корпус 2», "
                + "2020-2021 учебный год\",curator@school,ORGANIZATION_CURATOR,,c-1\r\n");
    }

    @Test
    void textThatWouldRunAsAFormulaIsWrittenAfterAQuote() {
        EventHistory history = new EventHistory("p-1", "Program", 1, List.of(new HistoryEntry(7,
                Instant.parse("2021-01-15T10:00:00Z"), "e-1", "ProgramCreated",
                "=HYPERLINK(\"http://evil\",\"открыть\")", "@curator", "ORGANIZATION_CURATOR", "-1+1", "c-1")));

        assertThat(HistoryCsv.write(history).lines().toList().get(1)).isEqualTo(
                "7,2021-01-15T10:00:00Z,e-1,ProgramCreated,\"'=HYPERLINK(\"\"http://evil\"\",\"\"открыть\"\")\","
                        + "'@curator,ORGANIZATION_CURATOR,'-1+1,c-1");
    }
}
