package ru.mentoring.command.program;

import ru.mentoring.api.program.ProgramStage;
import ru.mentoring.api.program.UnmetCondition;
import ru.mentoring.command.common.DomainRuleViolation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A stage transition was refused: every condition of leaving the current stage that does not hold is named.
 */
public class StageConditionsUnmet extends DomainRuleViolation {

    private final transient List<UnmetCondition> conditions;

    public StageConditionsUnmet(ProgramStage stage, List<UnmetCondition> conditions) {
        super("program.stage-conditions-unmet", "Этап «" + stage.title() + "» не завершён: "
                + conditions.stream().map(UnmetCondition::message).collect(Collectors.joining("; ")));
        this.conditions = List.copyOf(conditions);
    }

    public List<UnmetCondition> getConditions() {
        return conditions;
    }
}
