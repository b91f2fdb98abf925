package ru.mentoring.app.ui.reports;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.validation.BindingResult;
import ru.mentoring.api.reporting.Kpi;

import java.util.EnumMap;
import java.util.Map;

/**
 * A territory's KPI targets of a year as typed, in percent; an indicator left empty keeps no target.
 */
public class TargetsForm extends TerritoryFields {

    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;

    private Map<Kpi, Integer> targets = new EnumMap<>(Kpi.class);

    /** The targets typed in, each checked to be a percent; at least one is needed. */
    Map<Kpi, Integer> checkedTargets(BindingResult errors) {
        Map<Kpi, Integer> typed = new EnumMap<>(Kpi.class);
        targets.forEach((kpi, target) -> {
            if (target == null) {
                return;
            }
            if (target < 0 || target > 100) {
                errors.rejectValue("targets[" + kpi + "]", "org.targets.percent");
            } else {
                typed.put(kpi, target);
            }
        });
        if (typed.isEmpty() && !errors.hasFieldErrors("targets*")) {
            errors.rejectValue("targets[" + Kpi.values()[0] + "]", "org.targets.none");
        }
        return typed;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Map<Kpi, Integer> getTargets() {
        return targets;
    }

    public void setTargets(Map<Kpi, Integer> targets) {
        this.targets = targets;
    }
}
