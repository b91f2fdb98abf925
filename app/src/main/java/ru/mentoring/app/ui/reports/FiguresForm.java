package ru.mentoring.app.ui.reports;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A territory's reference figures of a year as typed: the denominators of the KPIs.
 */
public class FiguresForm extends TerritoryFields {

    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;

    @NotNull
    @PositiveOrZero
    private Integer children10to19;

    @NotNull
    @PositiveOrZero
    private Integer children15to19;

    @NotNull
    @PositiveOrZero
    private Integer youngTeachers;

    @NotNull
    @PositiveOrZero
    private Integer enterprises;

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getChildren10to19() {
        return children10to19;
    }

    public void setChildren10to19(Integer children10to19) {
        this.children10to19 = children10to19;
    }

    public Integer getChildren15to19() {
        return children15to19;
    }

    public void setChildren15to19(Integer children15to19) {
        this.children15to19 = children15to19;
    }

    public Integer getYoungTeachers() {
        return youngTeachers;
    }

    public void setYoungTeachers(Integer youngTeachers) {
        this.youngTeachers = youngTeachers;
    }

    public Integer getEnterprises() {
        return enterprises;
    }

    public void setEnterprises(Integer enterprises) {
        this.enterprises = enterprises;
    }
}
