package ru.mentoring.app.ui.audit;

/**
 * What «Состояние на дату» was asked with, kept as typed so that a refused form shows it again: the day, an
 * optional time of that day (Moscow; without it the state includes the whole day, with it all of that second),
 * and the basis — {@code recorded} (what the system knew) or {@code business} (what the documents' dates say).
 */
public class AsOfForm {

    private String day;
    private String time;
    private String by = "recorded";

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public String getBy() {
        return by;
    }

    public void setBy(String by) {
        this.by = by;
    }
}
