package ru.mentoring.query.audit;

import ru.mentoring.api.roadmap.ItemContent;
import ru.mentoring.api.roadmap.RoadMapItemId;
import ru.mentoring.api.roadmap.RoadMapItemPlanned;
import ru.mentoring.api.roadmap.RoadMapItemRevised;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How a road map's history names its items: the later events of an item carry only its identifier, so the
 * number and activity come from the item's planning (or latest revision) in the same stream, read before any
 * filter is applied.
 */
final class RoadMapItemLabels {

    /** The events that name an item: other payloads need not be read to label a stream's items. */
    static final Set<Class<?>> LABELLING = Set.of(RoadMapItemPlanned.class, RoadMapItemRevised.class);

    private static final int ACTIVITY_SHOWN = 80;

    private final Map<RoadMapItemId, String> labels = new HashMap<>();

    /** The labels of every item planned or revised among these payloads, later revisions winning. */
    static RoadMapItemLabels from(Iterable<?> payloads) {
        RoadMapItemLabels labels = new RoadMapItemLabels();
        for (Object payload : payloads) {
            if (payload instanceof RoadMapItemPlanned planned) {
                labels.labels.put(planned.itemId(), label(planned.content()));
            } else if (payload instanceof RoadMapItemRevised revised) {
                labels.labels.put(revised.itemId(), label(revised.content()));
            }
        }
        return labels;
    }

    /** «№ 1.3 «Информирование родителей…»», or the identifier when the item's planning is not in the stream. */
    String of(RoadMapItemId item) {
        String label = labels.get(item);
        return label != null ? label : "(мероприятие " + item.value() + ")";
    }

    /** The label an item's content gives it: its number and activity, a long activity cut after a whole word. */
    static String label(ItemContent content) {
        String activity = content.activity();
        if (activity.length() > ACTIVITY_SHOWN) {
            int lastWord = activity.lastIndexOf(' ', ACTIVITY_SHOWN);
            activity = activity.substring(0, lastWord > 0 ? lastWord : ACTIVITY_SHOWN).strip() + "…";
        }
        return "№ " + content.number() + " «" + activity + "»";
    }
}
