package ru.mentoring.app.ui.pairs;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * One row of the plan form as typed: an activity, its due date and expected result. A row left wholly blank is
 * no activity; a row begun needs its title and due date (checked by {@link PairPlanForm#check}).
 */
public class PlanRow {

    private String title;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;
    private String expectedResult;

    public PlanRow() {
    }

    PlanRow(String title, LocalDate dueDate, String expectedResult) {
        this.title = title;
        this.dueDate = dueDate;
        this.expectedResult = expectedResult;
    }

    boolean blank() {
        return isBlank(title) && dueDate == null && isBlank(expectedResult);
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getExpectedResult() {
        return expectedResult;
    }

    public void setExpectedResult(String expectedResult) {
        this.expectedResult = expectedResult;
    }
}
