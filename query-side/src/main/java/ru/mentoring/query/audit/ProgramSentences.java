package ru.mentoring.query.audit;

import ru.mentoring.api.program.*;

import java.util.stream.Collectors;

import static ru.mentoring.query.audit.Sentences.day;
import static ru.mentoring.query.audit.Sentences.days;

/**
 * The auditors' sentences for a program's events: its preparation, the bases, matching and closing.
 */
final class ProgramSentences {

    private ProgramSentences() {
    }

    static void register(Sentences sentences) {
        preparation(sentences);
        matchingAndClosing(sentences);
    }

    private static void preparation(Sentences sentences) {
        sentences.on(ProgramCreated.class, (e, names) -> "Программа создана: «" + e.title() + "», " + e.period()
                + " учебный год");
        sentences.on(CuratorAppointed.class, (e, names) -> "Назначен куратор: " + names.of(e.curatorId())
                + " (приказ № " + e.orderNumber() + " от " + day(e.orderDate()) + ")");
        sentences.on(ProgramDocumentRegistered.class, (e, names) -> "Зарегистрирован документ: " + e.kind().title()
                + (e.title() == null ? "" : " «" + e.title() + "»") + " № " + e.number() + " от " + day(e.date()));
        sentences.on(MentoringFormsChosen.class, (e, names) -> "Выбраны формы наставничества: " + e.forms().stream()
                .map(MentoringForm::title).sorted().collect(Collectors.joining(", ")));
        sentences.on(CoverageTargetsSet.class, (e, names) -> "Заданы целевые показатели охвата: обучающихся "
                + e.students() + " (" + e.studentCoveragePercent() + "%), педагогов " + e.teachers() + " ("
                + e.teacherCoveragePercent() + "%)");
        sentences.on(InformingEventRecorded.class, (e, names) -> "Проведено информирование (" + informing(e.kind())
                + ") " + day(e.date()) + ", присутствовало " + e.attendance());
        sentences.on(MenteeEnrolled.class, (e, names) -> "Наставляемый включён в базу: " + names.of(e.personId()));
        sentences.on(MentorEnrolled.class, (e, names) -> "Наставник включён в базу: " + names.of(e.personId()));
        sentences.on(PersonalDataConsentGiven.class, (e, names) -> "Получено согласие на обработку персональных "
                + "данных: " + names.of(e.personId()) + (e.givenBy() == ConsentGiver.LEGAL_REPRESENTATIVE
                ? " (от законного представителя)" : ""));
        sentences.on(PersonalDataConsentWithdrawn.class, (e, names) -> "Согласие на обработку персональных данных "
                + "отозвано: " + names.of(e.personId()));
        sentences.on(BaselineAssessmentRecorded.class, (e, names) -> "Записана входная оценка: "
                + names.of(e.personId()));
        sentences.on(MentorInterviewRecorded.class, (e, names) -> "Собеседование с наставником "
                + names.of(e.personId()) + (e.withPsychologist() ? " (с психологом)" : "") + ": "
                + (e.passed() ? "пройдено" : "не пройдено"));
        sentences.on(MentorTrainingHeld.class, (e, names) -> "Проведено обучение наставников № " + e.session()
                + " «" + e.topic() + "»: " + names.of(e.attended()));
        sentences.on(MenteeBaseFormed.class, (e, names) -> "Сформирована база наставляемых: " + e.mentees()
                + " чел.");
        sentences.on(MentorBaseFormed.class, (e, names) -> "Сформирована база наставников: " + e.mentors()
                + " чел.");
        sentences.on(ProgramStageAdvanced.class, (e, names) -> "Программа перешла с этапа «" + e.from().title()
                + "» на этап «" + e.to().title() + "»");
        sentences.on(ProgramCompleted.class, (e, names) -> "Программа завершена");
    }

    private static void matchingAndClosing(Sentences sentences) {
        sentences.on(GroupMeetingHeld.class, (e, names) -> "Проведена групповая встреча " + day(e.date())
                + ": наставников " + e.mentorsPresent() + ", наставляемых " + e.menteesPresent());
        sentences.on(PreferencesRecorded.class, (e, names) -> "Записаны предпочтения: " + names.of(e.personId())
                + " → " + names.of(e.preferred()));
        sentences.on(PairProposed.class, (e, names) -> "Предложена пара (форма «" + e.form().title()
                + "»): наставник " + names.of(e.mentors()) + ", наставляемый " + names.of(e.mentees()));
        sentences.on(PairProposalWithdrawn.class, (e, names) -> "Предложение пары отозвано: " + e.reason());
        sentences.on(PairsFixedByOrder.class, (e, names) -> "Пары и группы закреплены приказом № " + e.orderNumber()
                + " от " + day(e.orderDate()) + ": " + e.pairs().size());
        sentences.on(FeedbackDatesSet.class, (e, names) -> "Назначены даты обратной связи: " + days(e.dates()));
        sentences.on(MenteesReturnedToBase.class, (e, names) -> "Наставляемые возвращены в базу: "
                + names.of(e.mentees()) + " (" + e.reason() + ")");
        sentences.on(FinalEventHeld.class, (e, names) -> "Проведено заключительное мероприятие «" + e.title()
                + "» " + day(e.date()) + ": присутствовало " + e.present().size() + " из " + e.participants());
        sentences.on(MentorAwarded.class, (e, names) -> "Наставник награждён: " + names.of(e.personId()) + " — "
                + e.award());
        sentences.on(SatisfactionSurveyed.class, (e, names) -> "Анкета удовлетворённости: " + names.of(e.personId())
                + " — " + e.percent() + "%");
        sentences.on(FinalAssessmentRecorded.class, (e, names) -> "Записана итоговая оценка: "
                + names.of(e.personId()));
        sentences.on(CaseRecorded.class, (e, names) -> "Оформлен кейс № " + e.number() + ": «" + e.title() + "»");
        sentences.on(MenteeJoinedMentorBase.class, (e, names) -> "Наставляемый переходит в базу наставников на "
                + e.nextPeriod() + " учебный год: " + names.of(e.personId()));
        sentences.on(MonitoringReportSubmitted.class, (e, names) -> "Представлен отчёт мониторинга «"
                + e.reference() + "» от " + day(e.date()));
    }

    private static String informing(InformingEventKind kind) {
        return switch (kind) {
            case PEDAGOGICAL_COUNCIL -> "педагогический совет";
            case PARENTS_MEETING -> "родительское собрание";
            case CLASS_HOUR -> "классный час";
            case GRADUATES_AND_PARTNERS_MEETING -> "встреча с выпускниками и представителями предприятий";
            case SITE_PUBLICATION -> "публикация на сайте";
        };
    }
}
