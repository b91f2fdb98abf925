package ru.mentoring.bench.generator;

import ru.mentoring.api.roadmap.ApproveRoadMap;
import ru.mentoring.api.roadmap.CompleteRoadMapItem;
import ru.mentoring.api.roadmap.CreateRoadMapFromTemplate;
import ru.mentoring.api.roadmap.ItemContent;
import ru.mentoring.api.roadmap.ItemEvidence;
import ru.mentoring.api.roadmap.PlanPeriod;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapItemId;
import ru.mentoring.api.roadmap.StartRoadMapItem;
import ru.mentoring.command.roadmap.RoadMapTemplate;
import ru.mentoring.command.roadmap.RoadMapTemplates;

import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

/**
 * Road maps from the seeds' templates, for the last school year: a school's from the gymnasium's plan, a
 * municipality's from Kogalym's. Each is approved; most of its items are then completed, some only started, and
 * the rest stay open, so their deadlines (already past) mark them overdue. Items are named as the template plan
 * names them (derived from the road map and the item's place). Every step goes alone, since a step the rules
 * refuse (an item that recurs cannot be completed at once) is a step a curator would also see refused.
 */
final class RoadMapLoader {

    static final String SCHOOL_TEMPLATE = "gymnasium2-2021-2022";
    static final String MUNICIPAL_TEMPLATE = "kogalym-2020-municipality";

    private final RegionShape shape;
    private final Batches batches;
    private final RoadMapTemplates templates;

    RoadMapLoader(RegionShape shape, Batches batches, RoadMapTemplates templates) {
        this.shape = shape;
        this.batches = batches;
        this.templates = templates;
    }

    /** Whether the road map was made. */
    boolean load(String key, String templateCode, UUID owner, Random random) {
        RoadMapTemplate template = templates.find(templateCode)
                .orElseThrow(() -> new IllegalStateException("no road-map template " + templateCode));
        int year = shape.currentYear() - 1;
        RoadMapId roadMap = new RoadMapId(shape.id(key));
        if (!batches.tryOne(new CreateRoadMapFromTemplate(roadMap, templateCode, owner, new PlanPeriod(year, year + 1),
                null))) {
            return false;
        }
        LocalDate approved = LocalDate.of(year, 9, 1);
        batches.tryOne(new ApproveRoadMap(roadMap, (1 + random.nextInt(200)) + "-о", approved));
        int section = 0;
        for (RoadMapTemplate.Section part : template.sections()) {
            section++;
            for (ItemContent item : part.items()) {
                RoadMapItemId id = RoadMapItemId.derived(roadMap, section + "/" + item.number());
                int fate = random.nextInt(10);
                LocalDate day = approved.plusDays(random.nextInt(200));
                if (fate < 6) {
                    batches.tryStep(new CompleteRoadMapItem(roadMap, id, ProgramLoader.min(day, shape.today()),
                            ItemEvidence.document("Приказ № " + (1 + random.nextInt(300)) + "-о")));
                } else if (fate < 8) {
                    batches.tryStep(new StartRoadMapItem(roadMap, id, ProgramLoader.min(day, shape.today())));
                }
            }
        }
        return true;
    }
}
