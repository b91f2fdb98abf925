package ru.mentoring.app.ui.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import ru.mentoring.api.roadmap.ItemContent;
import ru.mentoring.api.roadmap.Recurrence;

import java.util.Arrays;
import java.util.List;

/**
 * A new item of the plan as typed, column by column as the documents have them: section, №, activity,
 * expected result, indicators, term (dates and/or a recurrence, and the words of the document) and the
 * responsible, one a line.
 */
public class ItemPlanForm {

    @NotNull(message = "{roadmap.form.section.required}")
    @Positive(message = "{roadmap.form.section.required}")
    private Integer sectionNumber;

    @NotBlank(message = "{roadmap.form.number.required}")
    @Size(max = 20, message = "{roadmap.form.number.size}")
    private String number;

    @NotBlank(message = "{roadmap.form.activity.required}")
    @Size(max = ItemContent.ACTIVITY_MAX_LENGTH, message = "{roadmap.form.long.size}")
    private String activity;

    @Size(max = 2000, message = "{roadmap.form.long.size}")
    private String expectedResult;

    @Size(max = 2000, message = "{roadmap.form.long.size}")
    private String indicators;

    @Pattern(regexp = FormDates.ISO_OR_EMPTY, message = "{roadmap.form.date.invalid}")
    private String start;

    @Pattern(regexp = FormDates.ISO_OR_EMPTY, message = "{roadmap.form.date.invalid}")
    private String end;

    private Recurrence recurrence;

    @Size(max = 500, message = "{roadmap.form.text.size}")
    private String term;

    @Size(max = 2000, message = "{roadmap.form.long.size}")
    private String responsible;

    /** The responsible as the item lists them: one a line, blank lines left out. */
    List<String> responsibleList() {
        return responsible == null ? List.of()
                : Arrays.stream(responsible.split("\\R")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    public Integer getSectionNumber() {
        return sectionNumber;
    }

    public void setSectionNumber(Integer sectionNumber) {
        this.sectionNumber = sectionNumber;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getExpectedResult() {
        return expectedResult;
    }

    public void setExpectedResult(String expectedResult) {
        this.expectedResult = expectedResult;
    }

    public String getIndicators() {
        return indicators;
    }

    public void setIndicators(String indicators) {
        this.indicators = indicators;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public Recurrence getRecurrence() {
        return recurrence;
    }

    public void setRecurrence(Recurrence recurrence) {
        this.recurrence = recurrence;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = responsible;
    }
}
