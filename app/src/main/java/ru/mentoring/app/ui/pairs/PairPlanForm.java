package ru.mentoring.app.ui.pairs;

import org.springframework.validation.Errors;
import ru.mentoring.api.pair.PairJournal;
import ru.mentoring.api.pair.PlanActivity;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The forms «Утвердить индивидуальный план» and «Скорректировать план»: a few rows of activities, and for an
 * amendment its reason. Blank rows are spare room, not activities.
 */
public class PairPlanForm {

    static final int SPARE_ROWS = 5;
    static final int TITLE_MAX = 300;
    static final int REASON_MAX = 500;

    private List<PlanRow> activities = new ArrayList<>();
    private String reason;

    /** An empty plan with room for a few activities. */
    static PairPlanForm blank() {
        PairPlanForm form = new PairPlanForm();
        form.activities = new ArrayList<>(Stream.generate(PlanRow::new).limit(SPARE_ROWS).toList());
        return form;
    }

    /** The plan as it stands, with two spare rows for new activities. */
    static PairPlanForm of(List<PairJournal.Activity> current) {
        PairPlanForm form = new PairPlanForm();
        current.forEach(a -> form.activities.add(new PlanRow(a.title(), a.dueDate(), a.expectedResult())));
        form.activities.add(new PlanRow());
        form.activities.add(new PlanRow());
        return form;
    }

    /**
     * Rejects begun rows without a title or a due date or with over-long texts, and a plan with no activity at
     * all.
     */
    void check(Errors errors, boolean amendment) {
        for (int i = 0; i < activities.size(); i++) {
            PlanRow row = activities.get(i);
            if (row.blank()) {
                continue;
            }
            if (PlanRow.isBlank(row.getTitle())) {
                errors.rejectValue("activities[" + i + "].title", "pairs.plan.title.required");
            } else if (row.getTitle().length() > TITLE_MAX) {
                errors.rejectValue("activities[" + i + "].title", "pairs.plan.title.long",
                        new Object[]{TITLE_MAX}, null);
            }
            if (row.getExpectedResult() != null && row.getExpectedResult().length() > TITLE_MAX) {
                // the plan's activity takes as long an expected result as a title (PlanActivity)
                errors.rejectValue("activities[" + i + "].expectedResult", "pairs.plan.expectedResult.long",
                        new Object[]{TITLE_MAX}, null);
            }
            if (row.getDueDate() == null && !errors.hasFieldErrors("activities[" + i + "].dueDate")) {
                errors.rejectValue("activities[" + i + "].dueDate", "pairs.plan.dueDate.required");
            }
        }
        if (activities.stream().allMatch(PlanRow::blank)) {
            errors.reject("pairs.plan.empty");
        }
        if (amendment && PlanRow.isBlank(reason)) {
            errors.rejectValue("reason", "pairs.plan.reason.required");
        } else if (amendment && reason.length() > REASON_MAX) {
            errors.rejectValue("reason", "pairs.plan.reason.long", new Object[]{REASON_MAX}, null);
        }
    }

    /** The activities typed, numbered in order; the aggregate numbers them again the same way. */
    List<PlanActivity> planned() {
        List<PlanRow> filled = activities.stream().filter(row -> !row.blank()).toList();
        List<PlanActivity> planned = new ArrayList<>();
        for (int i = 0; i < filled.size(); i++) {
            PlanRow row = filled.get(i);
            planned.add(new PlanActivity(i + 1, row.getTitle(), row.getDueDate(),
                    row.getExpectedResult()));
        }
        return planned;
    }

    public List<PlanRow> getActivities() {
        return activities;
    }

    public void setActivities(List<PlanRow> activities) {
        this.activities = activities;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
