package ru.mentoring.command.pair;

import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.command.common.DomainRuleViolation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The dates a pair's meetings may carry: a meeting is held after the head's order fixed the pair, not before the
 * meeting that precedes it in the prescribed order (a trial meeting in September after an organizational one in
 * December is a typing error, not a history), and not later than today. Today is Moscow's, as the documents'
 * dates are, taken from the application's clock that the command handler is given.
 */
final class MeetingDates {

    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private MeetingDates() {
    }

    /** The day it is now in Moscow by the given clock. */
    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /**
     * @param fixedOn  the date of the order that fixed the pair; {@code null} for pairs opened before it was kept
     * @param previous the last meeting recorded, {@code null} if none
     */
    static void require(MeetingType type, LocalDate date, LocalDate fixedOn, MeetingType previous,
                        LocalDate previousOn, LocalDate today) {
        if (fixedOn != null && date.isBefore(fixedOn)) {
            throw new DomainRuleViolation("pair.meeting-before-fixing-order", "Встреча «" + type.title()
                    + "» датирована " + dotted(date) + ", а пара закреплена приказом от " + dotted(fixedOn)
                    + ": встреча не может быть раньше приказа");
        }
        if (previous != null && date.isBefore(previousOn)) {
            throw new DomainRuleViolation("pair.meeting-before-previous", "Встреча «" + type.title()
                    + "» датирована " + dotted(date) + ", раньше предыдущей встречи «" + previous.title() + "» ("
                    + dotted(previousOn) + "): встречи идут в установленном порядке");
        }
        if (date.isAfter(today)) {
            throw new DomainRuleViolation("pair.meeting-in-future", "Встреча «" + type.title() + "» датирована "
                    + dotted(date) + ", позже сегодняшнего дня (" + dotted(today)
                    + " по московскому времени): записывают встречи, которые уже прошли");
        }
    }

    static String dotted(LocalDate date) {
        return DOTTED.format(date);
    }
}
