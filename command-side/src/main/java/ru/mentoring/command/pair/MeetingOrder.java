package ru.mentoring.command.pair;

import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.command.common.DomainRuleViolation;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The order of a pair's meetings (seed 004, organization items 20–25): organizational, trial working,
 * planning, then regular ones, then the final meeting.
 */
public final class MeetingOrder {

    private MeetingOrder() {
    }

    /** The meetings that may follow the last one ({@code null}: none yet); pages offer the first as the next. */
    public static Set<MeetingType> allowedAfter(MeetingType last) {
        if (last == null) {
            return EnumSet.of(MeetingType.ORGANIZATIONAL);
        }
        return switch (last) {
            case ORGANIZATIONAL -> EnumSet.of(MeetingType.TRIAL);
            case TRIAL -> EnumSet.of(MeetingType.PLANNING);
            case PLANNING -> EnumSet.of(MeetingType.REGULAR);
            case REGULAR -> EnumSet.of(MeetingType.REGULAR, MeetingType.FINAL);
            case FINAL -> EnumSet.noneOf(MeetingType.class);
        };
    }

    static void requireNext(MeetingType last, MeetingType next) {
        Set<MeetingType> allowed = allowedAfter(last);
        if (!allowed.contains(next)) {
            String expected = allowed.isEmpty() ? "встреч больше не бывает: заключительная уже прошла"
                    : "следующей может быть " + allowed.stream().map(type -> "«" + type.title() + "»")
                    .collect(Collectors.joining(" или "));
            throw new DomainRuleViolation("pair.meeting-out-of-order", "Встреча «" + next.title()
                    + "» не по порядку (организационная → пробная рабочая → встреча-планирование → регулярные → "
                    + "заключительная): " + expected);
        }
    }
}
