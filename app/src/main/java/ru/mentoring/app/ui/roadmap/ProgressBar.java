package ru.mentoring.app.ui.roadmap;

import ru.mentoring.api.roadmap.RoadMapItemView;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The plan's progress bar: one segment per state of its items that are not cancelled, each item counted once
 * (the read model's counts overlap — an overdue item may be in progress — so a bar built from them would not
 * add up to the whole).
 */
public record ProgressBar(int counted, List<Segment> segments) {

    /** The items in one state and their share of the bar, in per cent. */
    public record Segment(ItemState state, int items, double percent) {

        public String css() {
            return state.css();
        }
    }

    static ProgressBar of(List<RoadMapItemView> items, LocalDate today) {
        Map<ItemState, Integer> counts = new EnumMap<>(ItemState.class);
        for (RoadMapItemView item : items) {
            counts.merge(ItemState.of(item, today), 1, Integer::sum);
        }
        counts.remove(ItemState.CANCELLED);
        int counted = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<Segment> segments = counts.entrySet().stream()
                .map(entry -> new Segment(entry.getKey(), entry.getValue(),
                        counted == 0 ? 0 : Math.round(entry.getValue() * 1000.0 / counted) / 10.0))
                .toList();
        return new ProgressBar(counted, segments);
    }
}
