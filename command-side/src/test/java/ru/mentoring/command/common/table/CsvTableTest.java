package ru.mentoring.command.common.table;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An uploaded CSV reads the same whether Excel saved it in UTF-8 or in Windows-1251, and a long one stops at the
 * first row over the limit.
 */
class CsvTableTest {

    private static final String LIST = "Фамилия;Имя\nЁлкина;Анна\n";

    @Test
    void aFileInUtf8OrWindows1251ReadsTheSame() {
        assertThat(CsvTable.text(LIST.getBytes(StandardCharsets.UTF_8))).isEqualTo(LIST);
        assertThat(CsvTable.text(LIST.getBytes(Charset.forName("windows-1251")))).isEqualTo(LIST);
        assertThat(CsvTable.read(CsvTable.text(("\uFEFF" + LIST).getBytes(StandardCharsets.UTF_8)), 10).rows())
                .extracting(Table.Row::cells).containsExactly(java.util.List.of("Фамилия", "Имя"),
                        java.util.List.of("Ёлкина", "Анна"));
    }

    @Test
    void aTableLongerThanTheLimitIsRefusedAtTheFirstRowOver() {
        Table table = CsvTable.read("a;b\n1;2\n3;4\n5;6\n", 2);

        assertThat(table.refused()).isTrue();
        assertThat(table.problemLine()).isEqualTo(4);
        assertThat(table.problem()).contains("больше 2 строк");
    }
}
