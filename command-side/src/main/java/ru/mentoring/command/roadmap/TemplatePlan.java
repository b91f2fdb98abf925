package ru.mentoring.command.roadmap;

import ru.mentoring.api.roadmap.ItemContent;
import ru.mentoring.api.roadmap.PlanPeriod;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapItemId;
import ru.mentoring.api.roadmap.RoadMapItemPlanned;
import ru.mentoring.api.roadmap.RoadMapSectionAdded;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The sections and items a template gives a new road map, its dates moved by as many years as the new period
 * lies after the template's own, checked by the same rules as items planned one by one.
 */
final class TemplatePlan {

    private TemplatePlan() {
    }

    /** {@link RoadMapSectionAdded} and {@link RoadMapItemPlanned} events in the template's order. */
    static List<Object> events(RoadMapId roadMapId, PlanPeriod period, RoadMapTemplate template) {
        int shift = period.firstYear() - template.period().firstYear();
        List<Object> events = new ArrayList<>();
        int sectionNumber = 0;
        for (RoadMapTemplate.Section section : template.sections()) {
            sectionNumber++;
            events.add(new RoadMapSectionAdded(roadMapId, sectionNumber, section.title()));
            RoadMapRules.requireNumbersDistinct(section.items());
            for (ItemContent content : section.items()) {
                ItemContent moved = new ItemContent(content.number(), content.activity(), content.expectedResult(),
                        content.indicators(), content.schedule().shiftedByYears(shift), content.responsible());
                RoadMapRules.requireDatesWithin(period, moved);
                RoadMapItemId itemId = RoadMapItemId.derived(roadMapId, sectionNumber + "/" + content.number());
                List<LocalDate> dueDates = DueDates.of(moved.schedule(), period);
                events.add(new RoadMapItemPlanned(roadMapId, itemId, sectionNumber, moved.withResponsible(List.of()),
                        dueDates, ResponsibleNames.sealed(moved)));
            }
        }
        return events;
    }
}
