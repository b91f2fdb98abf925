package ru.mentoring.app.ui.roadmap;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import ru.mentoring.api.roadmap.FindRoadMapItems;
import ru.mentoring.api.roadmap.FindRoadMapProgress;
import ru.mentoring.api.roadmap.PlanPeriod;
import ru.mentoring.api.roadmap.Recurrence;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapItemView;
import ru.mentoring.api.roadmap.RoadMapProgress;
import ru.mentoring.api.roadmap.SectionProgress;
import ru.mentoring.app.ui.MoscowCalendar;
import ru.mentoring.app.ui.StoredAggregates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Puts one plan on the page {@code road-map.html}: its header, progress, sections with their items, timeline
 * and the empty forms — or, when a form was refused, that form as typed, with its errors, in place of the
 * empty one. While the read model has not caught up with a plan just created, the page waits for it.
 */
@Component
class RoadMapPlan {

    /** A section of the plan with its progress and its items in document order. */
    public record Section(SectionProgress progress, List<RoadMapItemView> items) {
    }

    private final QueryGateway queries;
    private final RoadMapOwners owners;
    private final MoscowCalendar calendar;
    private final StoredAggregates stored;

    RoadMapPlan(QueryGateway queries, RoadMapOwners owners, MoscowCalendar calendar, StoredAggregates stored) {
        this.calendar = calendar;
        this.stored = stored;
        this.queries = queries;
        this.owners = owners;
    }

    /** The page of the plan with the forms already in the model kept as they are. */
    String page(UUID roadMapId, Model model) {
        LocalDate today = calendar.today();
        model.addAttribute("roadMapId", roadMapId);
        model.addAttribute("today", today);
        Optional<RoadMapProgress> found = queries.query(new FindRoadMapProgress(new RoadMapId(roadMapId), today),
                ResponseTypes.optionalInstanceOf(RoadMapProgress.class)).join();
        if (found.isEmpty()) {
            // created a moment ago and not projected yet: the page shows it being prepared; never created: 404
            stored.requireStored(roadMapId, "RoadMap");
            return "road-map";
        }
        RoadMapProgress progress = found.get();
        List<RoadMapItemView> items = queries.query(new FindRoadMapItems(new RoadMapId(roadMapId)),
                ResponseTypes.multipleInstancesOf(RoadMapItemView.class)).join();
        model.addAttribute("plan", progress);
        model.addAttribute("ownerName", RoadMapOwners.names(owners.all()).get(progress.ownerId()));
        model.addAttribute("approved", progress.approvedRevision() == progress.revision());
        model.addAttribute("sections", progress.sections().stream()
                .map(section -> new Section(section, items.stream()
                        .filter(item -> item.sectionNumber() == section.sectionNumber()).toList()))
                .toList());
        model.addAttribute("bar", ProgressBar.of(items, today));
        model.addAttribute("timeline", RoadMapTimeline.of(items, PlanPeriod.parse(progress.period()), today,
                LocaleContextHolder.getLocale()));
        model.addAttribute("states", items.stream()
                .collect(Collectors.toMap(RoadMapItemView::itemId, item -> ItemState.of(item, today))));
        model.addAttribute("recurrences", Recurrence.values());
        addIfMissing(model, "approvalForm", new ApprovalForm());
        addIfMissing(model, "amendmentForm", new TextForm());
        addIfMissing(model, "sectionForm", new TextForm());
        addIfMissing(model, "planForm", new ItemPlanForm());
        addIfMissing(model, "itemForm", new ItemActionForm());
        return "road-map";
    }

    private static void addIfMissing(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
