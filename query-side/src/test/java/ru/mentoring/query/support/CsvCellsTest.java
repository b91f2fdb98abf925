package ru.mentoring.query.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAfterAQuote() {
        assertThat(CsvCells.neutralise("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(CsvCells.neutralise("+7 (900) 000-00-00")).isEqualTo("'+7 (900) 000-00-00");
        assertThat(CsvCells.neutralise("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(CsvCells.neutralise("@SUM(1+1)")).isEqualTo("'@SUM(1+1)");
        assertThat(CsvCells.neutralise("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvCells.neutralise("\r=1+1")).isEqualTo("'\r=1+1");
    }

    @Test
    void ordinaryTextAndPlainNumbersAreLeftAlone() {
        assertThat(CsvCells.neutralise("МАОУ СОШ № 1")).isEqualTo("МАОУ СОШ № 1");
        assertThat(CsvCells.neutralise("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.neutralise("-5")).isEqualTo("-5");
        assertThat(CsvCells.neutralise("-12,5")).isEqualTo("-12,5");
        assertThat(CsvCells.neutralise("")).isEmpty();
        assertThat(CsvCells.neutralise(null)).isNull();
    }
}
