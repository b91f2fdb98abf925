package ru.mentoring.query.audit;

import ru.mentoring.api.pair.*;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import static ru.mentoring.query.audit.Sentences.day;

/**
 * The auditors' sentences for a pair's or group's events: its agreement and plan, meetings, feedback, the
 * deadlines it missed and how it ended.
 */
final class PairSentences {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private PairSentences() {
    }

    static void register(Sentences sentences) {
        sentences.on(PairOpened.class, (e, names) -> "Пара открыта (форма «" + e.form().title() + "»): наставник "
                + names.of(e.mentors()) + ", наставляемый " + names.of(e.mentees()));
        sentences.on(AgreementSigned.class, (e, names) -> "Подписано соглашение о наставничестве "
                + day(e.signedOn()));
        sentences.on(IndividualPlanApproved.class, (e, names) -> "Утверждён индивидуальный план: мероприятий "
                + e.activities().size());
        sentences.on(IndividualPlanAmended.class, (e, names) -> "Индивидуальный план изменён (редакция "
                + e.revision() + "): мероприятий " + e.activities().size() + "; причина: " + e.reason());
        sentences.on(PlanActivityCompleted.class, (e, names) -> "Выполнено мероприятие плана № " + e.number()
                + "; план выполнен на " + e.planCompletionPercent() + "%");
        sentences.on(MeetingRecorded.class, (e, names) -> "Проведена встреча № " + e.number() + " ("
                + e.type().title() + ") " + day(e.heldOn())
                + (e.topic() == null ? "" : ": «" + e.topic() + "»"));
        sentences.on(FeedbackGiven.class, (e, names) -> "Обратная связь " + feedbackSource(e.from()) + " "
                + names.of(e.personId()) + ": оценка " + e.score() + " из 5");
        sentences.on(FirstMeetingOverdue.class, (e, names) -> "Просрочена организационная встреча (срок "
                + MOMENT.format(e.dueAt()) + ")");
        sentences.on(PairStalled.class, (e, names) -> "Пара не встречается с " + day(e.lastMeetingOn()));
        sentences.on(FeedbackOverdue.class, (e, names) -> "Не получена обратная связь к " + day(e.dueDate()) + ": "
                + e.missing().stream().map(PairSentences::feedbackSource).sorted()
                .collect(Collectors.joining(", ")));
        sentences.on(PairCompleted.class, (e, names) -> "Пара завершила работу " + day(e.completedOn()) + ": "
                + e.outcome());
        sentences.on(PairDissolved.class, (e, names) -> "Пара расформирована " + day(e.dissolvedOn()) + ": "
                + e.reason());
    }

    private static String feedbackSource(FeedbackSource source) {
        return switch (source) {
            case MENTOR -> "от наставника";
            case MENTEE -> "от наставляемого";
            case CURATOR -> "от куратора";
        };
    }
}
