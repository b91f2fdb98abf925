package ru.mentoring.command.roadmap;

import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramMilestone;
import ru.mentoring.api.roadmap.ItemContent;
import ru.mentoring.api.roadmap.ItemEvidence;
import ru.mentoring.api.roadmap.ItemSchedule;
import ru.mentoring.api.roadmap.PlanPeriod;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapItemId;
import ru.mentoring.api.roadmap.RoadMapLevel;
import ru.mentoring.command.common.DomainRuleViolation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a road map, one named check each, with the stable code and the Russian words of the refusal.
 */
final class RoadMapRules {

    private RoadMapRules() {
    }

    static DomainRuleViolation unknownTemplate(String code) {
        return new DomainRuleViolation("road-map.template-unknown", "Нет шаблона дорожной карты «" + code + "»");
    }

    static DomainRuleViolation unknownPreviousRoadMap(RoadMapId roadMapId) {
        return new DomainRuleViolation("road-map.previous-unknown", "Нет дорожной карты " + roadMapId);
    }

    static void requireLaterPeriod(PlanPeriod previous, PlanPeriod next) {
        if (next.firstYear() <= previous.firstYear()) {
            throw new DomainRuleViolation("road-map.period-not-later",
                    "Новый план составляется на период после " + previous + ", а не на " + next);
        }
    }

    static void requireItemUnknown(Map<RoadMapItemId, PlannedItem> items, RoadMapItemId itemId) {
        if (items.containsKey(itemId)) {
            throw new DomainRuleViolation("road-map.item-exists",
                    "Мероприятие с таким идентификатором уже есть в плане");
        }
    }

    /** The item of this road map with this id. */
    static PlannedItem requireItem(Map<RoadMapItemId, PlannedItem> items, RoadMapItemId itemId) {
        PlannedItem item = items.get(itemId);
        if (item == null) {
            throw new DomainRuleViolation("road-map.item-unknown", "В дорожной карте нет мероприятия " + itemId);
        }
        return item;
    }

    /** The item of this road map with this id, neither done nor cancelled. */
    static PlannedItem requireOpenItem(Map<RoadMapItemId, PlannedItem> items, RoadMapItemId itemId) {
        PlannedItem item = requireItem(items, itemId);
        requireOpen(item);
        return item;
    }

    static void requireAmendable(boolean amendable) {
        if (!amendable) {
            throw new DomainRuleViolation("road-map.approved",
                    "Дорожная карта утверждена; разделы и мероприятия меняются только через корректировку");
        }
    }

    static void requireSection(int sectionNumber, int sections) {
        if (sectionNumber < 1 || sectionNumber > sections) {
            throw new DomainRuleViolation("road-map.section-unknown",
                    "В дорожной карте нет раздела № " + sectionNumber);
        }
    }

    static void requireNumberFree(Collection<PlannedItem> items, int sectionNumber, String number,
                                  RoadMapItemId except) {
        for (PlannedItem item : items) {
            if (item.sectionNumber == sectionNumber && item.number().equals(number.strip())
                    && !item.id.equals(except)) {
                throw new DomainRuleViolation("road-map.item-number-taken",
                        "В разделе " + sectionNumber + " уже есть мероприятие № " + number);
            }
        }
    }

    static void requireNumbersDistinct(List<ItemContent> contents) {
        Set<String> seen = new HashSet<>();
        for (ItemContent content : contents) {
            if (!seen.add(content.number().strip())) {
                throw new DomainRuleViolation("road-map.item-number-taken",
                        "Номер мероприятия " + content.number() + " повторяется");
            }
        }
    }

    static void requireDatesWithin(PlanPeriod period, ItemContent content) {
        ItemSchedule schedule = content.schedule();
        for (LocalDate date : new LocalDate[]{schedule.start(), schedule.end()}) {
            if (date != null && !period.contains(date)) {
                throw new DomainRuleViolation("road-map.date-outside-period",
                        "Срок мероприятия № " + content.number() + " (" + date + ") выходит за период дорожной карты "
                                + period);
            }
        }
    }

    static void requireOpen(PlannedItem item) {
        if (item.status == ItemStatus.DONE) {
            throw new DomainRuleViolation("road-map.item-done", "Мероприятие № " + item.number() + " уже выполнено");
        }
        if (item.status == ItemStatus.CANCELLED) {
            throw new DomainRuleViolation("road-map.item-cancelled", "Мероприятие № " + item.number() + " отменено");
        }
    }

    static void requireNotStarted(PlannedItem item) {
        if (item.status != ItemStatus.PLANNED) {
            throw new DomainRuleViolation("road-map.item-already-started",
                    "Мероприятие № " + item.number() + " уже выполняется");
        }
    }

    static void requireAtMostOneOccurrenceOpen(PlannedItem item) {
        if (item.openDueDates.size() > 1) {
            throw new DomainRuleViolation("road-map.occurrences-open",
                    "Мероприятие № " + item.number() + " повторяется: отметьте выполнение каждого срока ("
                            + item.openDueDates.size() + " не выполнено)");
        }
    }

    static void requireOccurrenceOpen(PlannedItem item, LocalDate dueDate) {
        if (!item.openDueDates.contains(dueDate)) {
            throw new DomainRuleViolation("road-map.occurrence-unknown",
                    "У мероприятия № " + item.number() + " нет невыполненного срока " + dueDate);
        }
    }

    static void requireEvidence(ItemEvidence evidence) {
        if (evidence.isEmpty()) {
            throw new DomainRuleViolation("road-map.evidence-missing",
                    "Укажите подтверждение выполнения: документ и/или достигнутое значение показателя");
        }
    }

    static void requireOrganizationLevel(RoadMapLevel level) {
        if (level != RoadMapLevel.ORGANIZATION) {
            throw new DomainRuleViolation("road-map.milestone-needs-organization",
                    "К этапам программы привязываются только мероприятия дорожной карты образовательной организации");
        }
    }

    static void requireNotBoundAlready(PlannedItem item, ProgramId program, ProgramMilestone milestone) {
        if (item.isBoundTo(program, milestone)) {
            throw new DomainRuleViolation("road-map.milestone-already-bound",
                    "Мероприятие № " + item.number() + " уже привязано к этому этапу программы");
        }
    }

    static void requireBoundTo(PlannedItem item, ProgramId program, ProgramMilestone milestone) {
        if (!item.isBoundTo(program, milestone)) {
            throw new DomainRuleViolation("road-map.milestone-not-bound",
                    "Мероприятие № " + item.number() + " не привязано к этапу " + milestone + " программы " + program);
        }
    }

    static void requireSomethingToApprove(boolean amendable, int revision) {
        if (!amendable) {
            throw new DomainRuleViolation("road-map.nothing-to-approve",
                    "Редакция " + revision + " дорожной карты уже утверждена; откройте корректировку");
        }
    }

    static void requireItems(boolean noItems) {
        if (noItems) {
            throw new DomainRuleViolation("road-map.empty", "В дорожной карте нет ни одного мероприятия");
        }
    }

    static void requireApprovedAndNotAmending(boolean amendable, int revision) {
        if (amendable && revision == 1) {
            throw new DomainRuleViolation("road-map.not-approved",
                    "Дорожная карта ещё не утверждена: корректировать нечего");
        }
        if (amendable) {
            throw new DomainRuleViolation("road-map.amendment-open",
                    "Корректировка (редакция " + revision + ") уже открыта");
        }
    }
}
