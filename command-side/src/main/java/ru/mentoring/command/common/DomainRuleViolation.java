package ru.mentoring.command.common;

import java.util.Objects;

/**
 * A command was refused because a rule of the domain does not hold. Carries a stable code for machines
 * and a message, in Russian, for the people who issued the command.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String code;

    public DomainRuleViolation(String code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code);
    }

    /** A stable, dotted identifier of the rule, such as {@code program.curator-already-appointed}. */
    public String getCode() {
        return code;
    }
}
