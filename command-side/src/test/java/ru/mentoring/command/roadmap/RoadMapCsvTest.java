package ru.mentoring.command.roadmap;

import org.junit.jupiter.api.Test;
import ru.mentoring.api.roadmap.ItemContent;
import ru.mentoring.api.roadmap.Recurrence;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RoadMapCsvTest {

    private static final String HEADER = "№;Содержание;Ожидаемый результат (вид документа);Показатели эффективности;"
            + "Сроки;Ответственные\n";

    @Test
    void readsTheColumnsOfSeed001() {
        RoadMapImport.Result result = RoadMapCsv.read(HEADER
                + "5.;Формирование наставнических пар / групп;Издан приказ «Об утверждении наставнических пар/групп»;"
                + "Сформированы наставнические пары или группы;Декабрь 2021;\"Олехнович Е.М.\nПухова С.В.\"\n"
                + "10;Реализация индивидуальных планов;;\"Индивидуальные планы реализованы не менее, чем на 90%\";"
                + "в течение всего периода;Наставники\n");

        assertThat(result.rejections()).isEmpty();
        assertThat(result.items()).hasSize(2);
        ItemContent pairs = result.items().get(0);
        assertThat(pairs.number()).isEqualTo("5");
        assertThat(pairs.expectedResult()).isEqualTo("Издан приказ «Об утверждении наставнических пар/групп»");
        assertThat(pairs.schedule().start()).isEqualTo(LocalDate.of(2021, 12, 1));
        assertThat(pairs.schedule().end()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(pairs.responsible()).containsExactly("Олехнович Е.М.", "Пухова С.В.");
        ItemContent plans = result.items().get(1);
        assertThat(plans.expectedResult()).isNull();
        assertThat(plans.schedule().recurrence()).isEqualTo(Recurrence.THROUGHOUT_PERIOD);
    }

    @Test
    void reportsEveryBadRowWithItsLineAndReason() {
        RoadMapImport.Result result = RoadMapCsv.read(HEADER
                + "1;Формирование Базы наставников;;;В течение всего периода;Олехнович Е.М.\n"
                + ";Без номера;;;Май 2022;\n"
                + "1;Повтор номера;;;Май 2022;\n"
                + "3;Непонятный срок;;;когда-нибудь;\n"
                + "4;Мало столбцов\n");

        assertThat(result.rejections()).containsExactly(
                new RoadMapImport.Rejection(3, "не указан номер мероприятия (№)"),
                new RoadMapImport.Rejection(4, "номер 1 уже есть в строке 2"),
                new RoadMapImport.Rejection(5, result.rejections().get(2).reason()),
                new RoadMapImport.Rejection(6, "ожидалось 6 столбцов, а в строке 2"));
        assertThat(result.rejections().get(2).reason()).startsWith("срок «когда-нибудь» не распознан");
    }

    @Test
    void aRowSpanningLinesIsReportedAtTheLineItStarts() {
        RoadMapImport.Result result = RoadMapCsv.read(HEADER
                + "1;\"Информирование родителей,\nпедагогов\";;;Сентябрь 2021;\n"
                + "2;\"\";;;Сентябрь 2021;\n");

        assertThat(result.items()).extracting(ItemContent::activity).containsExactly("Информирование родителей,\nпедагогов");
        assertThat(result.rejections()).containsExactly(new RoadMapImport.Rejection(4, "не указано содержание мероприятия"));
    }

    /** The header, then as many valid rows as asked, numbered from 1. */
    static String rows(int count) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int number = 1; number <= count; number++) {
            csv.append(number).append(";Встреча наставника с наставляемым;;;Май 2022;Наставники\n");
        }
        return csv.toString();
    }

    @Test
    void takesAsManyRowsAsOneImportDoes() {
        RoadMapImport.Result result = RoadMapCsv.read(rows(RoadMapImport.MAX_ROWS) + ";;;;;\n\n");

        assertThat(result.rejections()).isEmpty();
        assertThat(result.items()).hasSize(5000);
    }

    @Test
    void refusesAFileOfMoreRowsThanOneImportTakes() {
        RoadMapImport.Result result = RoadMapCsv.read(rows(RoadMapImport.MAX_ROWS + 1));

        assertThat(result.items()).isEmpty();
        assertThat(result.rejections()).containsExactly(
                new RoadMapImport.Rejection(5002, "в файле больше 5000 строк: разделите его на несколько файлов"));
    }

    @Test
    void refusesAFileWithoutTheHeader() {
        RoadMapImport.Result result = RoadMapCsv.read("1,Формирование Базы наставников,,,2022,\n");

        assertThat(result.items()).isEmpty();
        assertThat(result.rejections()).singleElement().extracting(RoadMapImport.Rejection::line).isEqualTo(1);
    }

    @Test
    void readsTheTermsTheDocumentsUse() {
        assertThat(RussianTerm.parse("Сентябрь- октябрь 2021 года")).get().satisfies(term -> {
            assertThat(term.start()).isEqualTo(LocalDate.of(2021, 9, 1));
            assertThat(term.end()).isEqualTo(LocalDate.of(2021, 10, 31));
        });
        assertThat(RussianTerm.parse("Май-июль 2020 года")).get()
                .satisfies(term -> assertThat(term.end()).isEqualTo(LocalDate.of(2020, 7, 31)));
        assertThat(RussianTerm.parse("В течение 2020, 2021 годов")).get().satisfies(term -> {
            assertThat(term.start()).isEqualTo(LocalDate.of(2020, 1, 1));
            assertThat(term.end()).isEqualTo(LocalDate.of(2021, 12, 31));
        });
        assertThat(RussianTerm.parse("01.09.2021 – 31.10.2021")).get()
                .satisfies(term -> assertThat(term.start()).isEqualTo(LocalDate.of(2021, 9, 1)));
        assertThat(RussianTerm.parse("Постоянно, в течение 2020, 2021 годов")).get()
                .satisfies(term -> assertThat(term.recurrence()).isEqualTo(Recurrence.CONTINUOUSLY));
        assertThat(RussianTerm.parse("ежемесячно")).get()
                .satisfies(term -> assertThat(term.recurrence()).isEqualTo(Recurrence.MONTHLY));
        assertThat(RussianTerm.parse("декабрь")).isEmpty();
        assertThat(RussianTerm.parse("Декабрь 2021 – март 2021")).isEmpty();
    }
}
