package ru.mentoring.api.pair;

/**
 * The meetings of a pair in the order the model prescribes (seed 004, organization items 20–25).
 */
public enum MeetingType {
    /** Первая, организационная встреча. */
    ORGANIZATIONAL("организационная"),
    /** Вторая, пробная рабочая встреча. */
    TRIAL("пробная рабочая"),
    /** Встреча-планирование рабочего процесса. */
    PLANNING("встреча-планирование"),
    /** Регулярные встречи. */
    REGULAR("регулярная"),
    /** Заключительная встреча пары. */
    FINAL("заключительная");

    private final String title;

    MeetingType(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
