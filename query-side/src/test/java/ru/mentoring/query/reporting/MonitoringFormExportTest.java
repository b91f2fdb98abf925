package ru.mentoring.query.reporting;

import org.junit.jupiter.api.Test;
import ru.mentoring.api.reporting.MonitoringForm;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MonitoringFormExportTest {

    private static MonitoringForm form(String organization, String reference, long pairsDissolved,
                                       Double satisfaction) {
        return new MonitoringForm(UUID.randomUUID(), organization, "город Когалым",
                "Ханты-Мансийский автономный округ – Югра", "2020-2021", 1, 4, 2, 2, 3, 0, 3, 0, 2, 1,
                pairsDissolved, 100.0, 90.0, 75.0, satisfaction, 80.0, 2, 1, LocalDate.of(2021, 11, 25),
                LocalDate.of(2021, 11, 20), reference, false);
    }

    private static List<String> row(MonitoringForm form) {
        String csv = new String(MonitoringFormExport.csv(List.of(form)), StandardCharsets.UTF_8);
        return List.of(csv.lines().toList().get(1).split(";", -1));
    }

    @Test
    void textThatWouldRunAsAFormulaIsWrittenAfterAQuote() {
        List<String> cells = row(form("=HYPERLINK(\"http://evil\")", "+7 900 000-00-00", 0, 85.0));

        assertThat(cells.get(2)).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(cells.get(24)).isEqualTo("'+7 900 000-00-00");
    }

    @Test
    void figuresAndDatesAreWrittenAsTheyAre() {
        List<String> cells = row(form("МАОУ СОШ № 1", "Исх. № 45 от 20.11.2021", -1, -2.5));

        assertThat(cells.get(2)).isEqualTo("МАОУ СОШ № 1");
        assertThat(cells.get(14)).isEqualTo("-1");
        assertThat(cells.get(18)).isEqualTo("-2.5");
        assertThat(cells.get(22)).isEqualTo("2021-11-25");
        assertThat(cells.get(24)).isEqualTo("Исх. № 45 от 20.11.2021");
    }
}
