package ru.mentoring.query.audit;

import ru.mentoring.api.program.ProgramMilestone;
import ru.mentoring.api.roadmap.*;
import ru.mentoring.api.roadmap.ResponsibleNameErased;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static ru.mentoring.query.audit.Sentences.day;
import static ru.mentoring.query.audit.Sentences.days;

/**
 * The auditors' sentences for a road map's events: its sections, approval and revisions, and each item, named
 * by the number and activity its plan gave it.
 */
final class RoadMapSentences {

    private RoadMapSentences() {
    }

    static void register(Sentences sentences) {
        roadMaps(sentences);
        items(sentences);
    }

    private static void roadMaps(Sentences sentences) {
        sentences.on(RoadMapCreated.class, (e, names) -> "Дорожная карта создана: «" + e.title() + "», "
                + level(e.level()) + ", " + e.period()
                + (e.templateCode() == null ? "" : "; по шаблону «" + e.templateCode() + "»"));
        sentences.on(RoadMapSectionAdded.class, (e, names) -> "Добавлен раздел " + e.sectionNumber() + ": «"
                + e.title() + "»");
        sentences.on(RoadMapApproved.class, (e, names) -> "Дорожная карта утверждена (редакция " + e.revision()
                + "): приказ № " + e.orderNumber() + " от " + day(e.orderDate()));
        sentences.on(RoadMapAmendmentOpened.class, (e, names) -> "Начата редакция " + e.revision()
                + " дорожной карты; причина: " + e.reason());
    }

    private static void items(Sentences sentences) {
        sentences.on(RoadMapItemPlanned.class, (e, names) -> "Запланировано мероприятие раздела "
                + e.sectionNumber() + " " + RoadMapItemLabels.label(e.content()) + "; срок: "
                + schedule(e.content(), e.dueDates()));
        sentences.on(RoadMapItemRevised.class, (e, names) -> "Изменено мероприятие "
                + RoadMapItemLabels.label(e.content()) + "; срок: " + schedule(e.content(), e.dueDates()));
        sentences.on(ResponsibleNameErased.class, (e, names) -> "Стёрто имя ответственного: мероприятий — "
                + e.items().size());
        sentences.onItem(RoadMapItemStarted.class, (e, items) -> "Начато выполнение мероприятия "
                + items.of(e.itemId()) + " " + day(e.startedOn()));
        sentences.onItem(RoadMapItemCompleted.class, (e, items) -> "Выполнено мероприятие " + items.of(e.itemId())
                + " " + day(e.completedOn()) + evidence(e.evidence()));
        sentences.onItem(RoadMapItemOccurrenceCompleted.class, (e, items) -> "Выполнено мероприятие "
                + items.of(e.itemId()) + " за срок " + day(e.dueDate()) + ": " + day(e.completedOn())
                + evidence(e.evidence()));
        sentences.onItem(RoadMapItemCancelled.class, (e, items) -> "Отменено мероприятие " + items.of(e.itemId())
                + " " + day(e.cancelledOn()) + "; причина: " + e.reason());
        sentences.onItem(RoadMapItemBecameOverdue.class, (e, items) -> "Просрочено мероприятие "
                + items.of(e.itemId()) + " (срок " + day(e.dueDate()) + ")");
        sentences.onItem(RoadMapItemBoundToMilestone.class, (e, items) -> "Мероприятие " + items.of(e.itemId())
                + " будет отмечено выполненным по шагу программы «" + milestone(e.milestone()) + "»");
    }

    /** The item's term as written, with its due dates when the plan computed any. */
    private static String schedule(ItemContent content, List<LocalDate> dueDates) {
        String written = content.schedule().asWritten();
        String due = dueDates.isEmpty() ? "без даты" : days(dueDates);
        return written == null ? due : written + " (" + due + ")";
    }

    private static String evidence(ItemEvidence evidence) {
        if (evidence == null || evidence.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (evidence.documentReference() != null) {
            parts.add("документ «" + evidence.documentReference() + "»");
        }
        if (evidence.indicatorValue() != null) {
            parts.add("значение показателя «" + evidence.indicatorValue() + "»");
        }
        if (evidence.sourceEventId() != null) {
            parts.add("по событию " + evidence.sourceEventId());
        }
        return "; подтверждение: " + String.join(", ", parts);
    }

    private static String level(RoadMapLevel level) {
        return switch (level) {
            case REGION -> "региональный уровень";
            case MUNICIPALITY -> "муниципальный уровень";
            case ORGANIZATION -> "уровень образовательной организации";
        };
    }

    private static String milestone(ProgramMilestone milestone) {
        return switch (milestone) {
            case MENTEE_BASE_FORMED -> "база наставляемых сформирована";
            case MENTOR_BASE_FORMED -> "база наставников сформирована";
            case PAIRS_FIXED -> "пары и группы закреплены приказом";
            case FINAL_EVENT_HELD -> "заключительное мероприятие проведено";
            case MONITORING_REPORT_SUBMITTED -> "отчёт мониторинга представлен";
            case PROGRAM_COMPLETED -> "программа завершена";
        };
    }
}
