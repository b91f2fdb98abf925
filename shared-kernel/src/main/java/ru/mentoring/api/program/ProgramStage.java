package ru.mentoring.api.program;

/**
 * The stages of a mentoring program, in the order the model prescribes (seed 004, organization items 1–35).
 */
public enum ProgramStage {
    /** Подготовительный этап: documents, curator, forms, informing, the two bases, assessment, training. */
    PREPARATION("подготовительный"),
    /** Формирование пар/групп: group meeting, preferences, pairs proposed and fixed by order. */
    MATCHING("формирование пар и групп"),
    /** Работа пар/групп: meetings of the fixed pairs. */
    MEETINGS("работа пар и групп"),
    /** Заключительный этап: the group final event, awards. */
    FINAL("заключительный"),
    /** Мониторинг: surveys, the second assessment, cases, the monitoring report. */
    MONITORING("мониторинг"),
    /** The program is over. */
    COMPLETED("программа завершена");

    private final String title;

    ProgramStage(String title) {
        this.title = title;
    }

    /** The stage's name in Russian, for messages and the UI. */
    public String title() {
        return title;
    }

    public ProgramStage next() {
        return this == COMPLETED ? COMPLETED : values()[ordinal() + 1];
    }
}
