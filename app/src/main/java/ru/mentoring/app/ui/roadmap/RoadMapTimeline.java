package ru.mentoring.app.ui.roadmap;

import ru.mentoring.api.roadmap.PlanPeriod;
import ru.mentoring.api.roadmap.RoadMapItemView;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The plan's timeline, laid out for an inline SVG the page draws without a script: one row per item, a dot at
 * each date it is still due (a line joins the dates of a recurring item), a dot at the day a done item was
 * done, month lines with their names, and a line at today. The months shown run from the earliest to the
 * latest of these dates and today, within the plan's period.
 */
public record RoadMapTimeline(int width, int height, List<Tick> ticks, int todayX, List<Row> rows) {

    static final int WIDTH = 1000;
    static final int LABELS = 64;
    static final int TOP = 22;
    static final int ROW = 15;

    /** A month's line and, when there is room, its name. */
    public record Tick(int x, String label) {
    }

    /** One item's row. {@code lineFrom}/{@code lineTo} join its due dates, or are equal when there is one. */
    public record Row(int y, String label, String title, ItemState state, List<Mark> marks, int lineFrom, int lineTo) {
    }

    /** A date on a row, in the state of that occurrence. */
    public record Mark(int x, LocalDate date, ItemState state) {

        public String css() {
            return state.css();
        }
    }

    static RoadMapTimeline of(List<RoadMapItemView> items, PlanPeriod period, LocalDate today, Locale locale) {
        List<LocalDate> dates = items.stream()
                .flatMap(item -> Stream.concat(item.openDueDates().stream(), Stream.ofNullable(item.completedOn())))
                .toList();
        LocalDate first = Stream.concat(dates.stream(), Stream.of(today)).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = Stream.concat(dates.stream(), Stream.of(today)).max(LocalDate::compareTo).orElseThrow();
        YearMonth from = YearMonth.from(max(first, period.startsOn()));
        YearMonth to = YearMonth.from(min(last, period.endsOn()));
        if (to.isBefore(from)) {
            to = from;
        }
        Scale scale = new Scale(from.atDay(1), to.atEndOfMonth());
        List<Row> rows = new ArrayList<>();
        int y = TOP;
        for (RoadMapItemView item : items) {
            rows.add(row(item, y + ROW / 2, scale, today));
            y += ROW;
        }
        return new RoadMapTimeline(WIDTH, y + 4, ticks(from, to, scale, locale), scale.x(today), rows);
    }

    private static Row row(RoadMapItemView item, int y, Scale scale, LocalDate today) {
        ItemState state = ItemState.of(item, today);
        List<Mark> marks = new ArrayList<>();
        for (LocalDate due : item.openDueDates()) {
            ItemState occurrence = due.isBefore(today) && item.overdue() ? ItemState.OVERDUE
                    : state == ItemState.OVERDUE ? ItemState.PLANNED : state;
            marks.add(new Mark(scale.x(due), due, occurrence));
        }
        if (item.completedOn() != null) {
            marks.add(new Mark(scale.x(item.completedOn()), item.completedOn(), ItemState.DONE));
        }
        int lineFrom = marks.stream().mapToInt(Mark::x).min().orElse(0);
        int lineTo = marks.stream().mapToInt(Mark::x).max().orElse(0);
        String label = item.sectionNumber() + " · " + item.number();
        return new Row(y, label, "№ " + item.number() + " — " + item.activity(), state, marks, lineFrom, lineTo);
    }

    private static List<Tick> ticks(YearMonth from, YearMonth to, Scale scale, Locale locale) {
        long months = ChronoUnit.MONTHS.between(from, to) + 1;
        int every = months <= 18 ? 1 : months <= 36 ? 3 : 6;
        List<Tick> ticks = new ArrayList<>();
        int index = 0;
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1), index++) {
            String label = "";
            if (index % every == 0) {
                label = month.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale);
                if (index == 0 || month.getMonthValue() <= every) {
                    label += " " + month.getYear();
                }
            }
            ticks.add(new Tick(scale.x(month.atDay(1)), label));
        }
        return ticks;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** Days to x: the months shown fill the width right of the labels. */
    private record Scale(LocalDate from, LocalDate to) {

        int x(LocalDate date) {
            long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
            long day = Math.max(0, Math.min(span, ChronoUnit.DAYS.between(from, date)));
            return LABELS + (int) Math.round(day * (WIDTH - LABELS - 8.0) / span);
        }
    }
}
