package ru.mentoring.command.roadmap;

import ru.mentoring.api.roadmap.ItemContent;
import ru.mentoring.api.roadmap.PlanPeriod;
import ru.mentoring.api.roadmap.RoadMapLevel;

import java.util.List;

/**
 * A road map typed in from a source document, to start a new plan from.
 *
 * @param code    the stable name commands use
 * @param source  the document it was typed in from
 * @param level   the level of the plans made from it
 * @param period  the period the document plans for; its dates move with the period of a new plan
 * @param title   the document's title of the plan
 * @param sections the sections with their items, in the document's order
 */
public record RoadMapTemplate(String code, String source, RoadMapLevel level, PlanPeriod period, String title,
                              List<Section> sections) {

    public RoadMapTemplate {
        sections = List.copyOf(sections);
    }

    /** A section of the template and its items. */
    public record Section(String title, List<ItemContent> items) {

        public Section {
            items = List.copyOf(items);
        }
    }

    public int itemCount() {
        return sections.stream().mapToInt(section -> section.items().size()).sum();
    }
}
