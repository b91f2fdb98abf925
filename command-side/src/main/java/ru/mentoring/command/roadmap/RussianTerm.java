package ru.mentoring.command.roadmap;

import ru.mentoring.api.roadmap.ItemSchedule;
import ru.mentoring.api.roadmap.Recurrence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the "сроки" column of a road map as people write it: "Декабрь 2021", "Сентябрь- октябрь 2021 года",
 * "Май-июль 2020 года", "2022", "В течение 2020, 2021 годов", "01.09.2021 – 31.10.2021", "ежемесячно",
 * "Постоянно, в течение 2020, 2021 годов". Empty means no term.
 */
final class RussianTerm {

    private static final String[] MONTH_STEMS = {"январ", "феврал", "март", "апрел", "ма[йя]", "июн", "июл", "август",
            "сентябр", "октябр", "ноябр", "декабр"};
    private static final Pattern MONTH = Pattern.compile("(?iu)\\b(январ|феврал|март|апрел|ма[йя]|июн|июл|август|"
            + "сентябр|октябр|ноябр|декабр)\\p{L}*");
    private static final Pattern YEAR = Pattern.compile("\\b(20\\d{2})\\b");
    private static final Pattern DATE = Pattern.compile("\\b(\\d{2}\\.\\d{2}\\.\\d{4})\\b");
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private RussianTerm() {
    }

    /** The schedule the text means, or empty when it cannot be read. */
    static Optional<ItemSchedule> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(new ItemSchedule(null, null, null, null));
        }
        Recurrence recurrence = Recurrence.named(text).orElse(null);
        try {
            List<LocalDate> dates = all(DATE, text).stream().map(date -> LocalDate.parse(date, DOTTED)).toList();
            if (!dates.isEmpty()) {
                LocalDate start = dates.size() > 1 ? dates.get(0) : null;
                return Optional.of(new ItemSchedule(start, dates.get(dates.size() - 1), recurrence, text));
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
        List<Integer> years = all(YEAR, text).stream().map(Integer::parseInt).toList();
        List<Integer> months = all(MONTH, text).stream().map(RussianTerm::monthNumber).toList();
        if (years.isEmpty()) {
            return months.isEmpty() && recurrence != null
                    ? Optional.of(new ItemSchedule(null, null, recurrence, text)) : Optional.empty();
        }
        int firstYear = years.get(0);
        int lastYear = years.get(years.size() - 1);
        if (months.isEmpty()) {
            return Optional.of(new ItemSchedule(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31),
                    recurrence, text));
        }
        YearMonth from = YearMonth.of(firstYear, months.get(0));
        YearMonth to = YearMonth.of(lastYear, months.get(months.size() - 1));
        if (to.isBefore(from)) {
            return Optional.empty();
        }
        return Optional.of(new ItemSchedule(from.atDay(1), to.atEndOfMonth(), recurrence, text));
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static int monthNumber(String stem) {
        String lower = stem.toLowerCase(new Locale("ru"));
        for (int i = 0; i < MONTH_STEMS.length; i++) {
            if (lower.matches(MONTH_STEMS[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + stem);
    }
}
