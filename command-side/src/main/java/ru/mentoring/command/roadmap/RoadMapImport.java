package ru.mentoring.command.roadmap;

import ru.mentoring.api.roadmap.ItemContent;
import ru.mentoring.api.roadmap.ItemSchedule;

import ru.mentoring.command.common.table.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Road-map items from a table with the columns of seed 001: №, содержание, ожидаемый результат, показатели,
 * сроки, ответственные (several responsible separated by ";" or line breaks inside the cell), the first row
 * naming the columns. Every bad row is reported with its line; the caller imports nothing unless there are
 * none. {@link RoadMapCsv} and {@link RoadMapXlsx} read the tables; a table longer than {@link #MAX_ROWS} is
 * refused whole, as it is no plan a person reviews at once and would only hold the server's memory.
 */
public final class RoadMapImport {

    /** The most rows with something in them, header aside, that one import takes. */
    public static final int MAX_ROWS = 5000;

    static final List<String> COLUMNS = List.of("№", "содержание", "ожидаемый результат", "показатели", "сроки",
            "ответственные");

    /** A row that cannot be imported: the line it starts on and why. */
    public record Rejection(int line, String reason) {
    }

    /** The items read, in order, and the rows rejected. */
    public record Result(List<ItemContent> items, List<Rejection> rejections) {
    }

    private RoadMapImport() {
    }

    /** The items of a table read, or its refusal as the one rejection. */
    static Result read(Table table) {
        if (table.refused()) {
            return new Result(List.of(), List.of(new Rejection(table.problemLine(), table.problem())));
        }
        List<Table.Row> records = table.rows();
        List<Rejection> rejections = new ArrayList<>();
        if (records.isEmpty() || !isHeader(records.get(0).cells())) {
            rejections.add(new Rejection(1, "первая строка должна называть столбцы: " + String.join("; ", COLUMNS)));
            return new Result(List.of(), rejections);
        }
        List<ItemContent> items = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (Table.Row record : records.subList(1, records.size())) {
            if (record.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            Optional<String> problem = problem(record, numbers);
            if (problem.isPresent()) {
                rejections.add(new Rejection(record.line(), problem.get()));
                continue;
            }
            List<String> cells = record.cells();
            items.add(new ItemContent(number(cells.get(0)), cells.get(1).strip(), blankToNull(cells.get(2)),
                    blankToNull(cells.get(3)), RussianTerm.parse(cells.get(4)).orElseThrow(), responsible(cells.get(5))));
        }
        if (items.isEmpty() && rejections.isEmpty()) {
            rejections.add(new Rejection(2, "в файле нет ни одного мероприятия"));
        }
        return new Result(items, rejections);
    }

    private static Optional<String> problem(Table.Row record, Map<String, Integer> numbers) {
        List<String> cells = record.cells();
        if (cells.size() != COLUMNS.size()) {
            return Optional.of("ожидалось " + COLUMNS.size() + " столбцов, а в строке " + cells.size());
        }
        String number = number(cells.get(0));
        if (number.isEmpty()) {
            return Optional.of("не указан номер мероприятия (№)");
        }
        if (number.length() > 20) {
            return Optional.of("номер мероприятия длиннее 20 знаков");
        }
        Integer earlier = numbers.putIfAbsent(number, record.line());
        if (earlier != null) {
            return Optional.of("номер " + number + " уже есть в строке " + earlier);
        }
        if (cells.get(1).isBlank()) {
            return Optional.of("не указано содержание мероприятия");
        }
        if (cells.get(1).strip().length() > ItemContent.ACTIVITY_MAX_LENGTH) {
            return Optional.of("содержание длиннее " + ItemContent.ACTIVITY_MAX_LENGTH + " знаков");
        }
        Optional<ItemSchedule> term = RussianTerm.parse(cells.get(4));
        if (term.isEmpty()) {
            return Optional.of("срок «" + cells.get(4).strip() + "» не распознан: укажите месяц и год (Декабрь 2021), "
                    + "даты (01.09.2021 – 31.10.2021) или периодичность (ежегодно, ежемесячно, в течение всего периода, "
                    + "постоянно, по мере необходимости)");
        }
        return Optional.empty();
    }

    private static boolean isHeader(List<String> cells) {
        if (cells.size() != COLUMNS.size()) {
            return false;
        }
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i).strip().toLowerCase(new Locale("ru"));
            boolean numberColumn = i == 0 && (cell.startsWith("no") || cell.startsWith("n"));
            if (!cell.startsWith(COLUMNS.get(i)) && !numberColumn) {
                return false;
            }
        }
        return true;
    }

    private static String number(String cell) {
        String number = cell.strip();
        return number.endsWith(".") ? number.substring(0, number.length() - 1) : number;
    }

    private static List<String> responsible(String cell) {
        return Arrays.stream(cell.split("[;\\n]")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    private static String blankToNull(String cell) {
        return cell.isBlank() ? null : cell.strip();
    }
}
