package ru.mentoring.bench.generator;

import ru.mentoring.api.pair.ApproveIndividualPlan;
import ru.mentoring.api.pair.CompletePair;
import ru.mentoring.api.pair.CompletePlanActivity;
import ru.mentoring.api.pair.FeedbackSource;
import ru.mentoring.api.pair.GiveFeedback;
import ru.mentoring.api.pair.MeetingFormat;
import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.api.pair.PlanActivity;
import ru.mentoring.api.pair.RecordMeeting;
import ru.mentoring.api.pair.SignAgreement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * The work of a program's pairs and groups once the policy has opened them, in one batch: the agreement, the
 * individual plan, meetings in the prescribed order every two to four weeks up to today (or to the final
 * meeting of a year that is over, followed by completion), feedback from mentor and mentee, a plan activity
 * done. A few pairs of the current year have met only once or not at all; the first pairs of the first
 * program of the current year meet over two hundred times, for the audit-history measure.
 */
final class PairLoader {

    static final int LONG_PAIR_MEETINGS = 200;

    private final RegionShape shape;
    private final Batches batches;

    PairLoader(RegionShape shape, Batches batches) {
        this.shape = shape;
        this.batches = batches;
    }

    /**
     * Works every pair of the program; the ids of the long ones are added to {@code longPairs}, and the current
     * year's pairs past their planning meeting (which may take a regular meeting today) to {@code active}.
     */
    void work(GeneratedProgram program, Random random, List<String> longPairs,
              List<GeneratedProgram.Pair> active) {
        LocalDate end = program.completed() ? LocalDate.of(program.year() + 1, 5, 20) : shape.today();
        batches.inOne(send -> {
            for (int i = 0; i < program.pairs().size(); i++) {
                GeneratedProgram.Pair pair = program.pairs().get(i);
                boolean isLong = !program.completed() && program.organization() == 0 && i < shape.longPairs();
                if (isLong) {
                    longPairs.add(pair.id().toString());
                }
                int quiet = random.nextInt(20);
                if (!program.completed() && quiet == 0) {
                    continue;
                }
                boolean onlyFirstMeeting = !program.completed() && quiet == 1;
                new Steps(program, pair, end, send).run(random, isLong ? LONG_PAIR_MEETINGS : -1, onlyFirstMeeting);
                if (!program.completed() && !isLong && !onlyFirstMeeting) {
                    active.add(pair);
                }
            }
        });
    }

    /** One pair's steps in date order, never after {@code end}. */
    private static final class Steps {

        private final GeneratedProgram program;
        private final GeneratedProgram.Pair pair;
        private final LocalDate end;
        private final Batches.Sender send;
        private LocalDate last;

        Steps(GeneratedProgram program, GeneratedProgram.Pair pair, LocalDate end, Batches.Sender send) {
            this.program = program;
            this.pair = pair;
            this.end = end;
            this.send = send;
            this.last = program.fixedOn();
        }

        void run(Random random, int regulars, boolean onlyFirstMeeting) {
            send.send(new SignAgreement(pair.id(), day(3)));
            LocalDate fixed = program.fixedOn();
            send.send(new ApproveIndividualPlan(pair.id(), List.of(
                    new PlanActivity(1, "Диагностика и постановка целей", fixed.plusMonths(1), "Цели записаны"),
                    new PlanActivity(2, "Работа над проектом", fixed.plusMonths(4), "Проект подготовлен"),
                    new PlanActivity(3, "Защита проекта", fixed.plusMonths(7), "Проект защищён")), day(3)));
            meet(MeetingType.ORGANIZATIONAL, 4 + random.nextInt(7));
            if (onlyFirstMeeting) {
                return;
            }
            meet(MeetingType.TRIAL, 5 + random.nextInt(10));
            meet(MeetingType.PLANNING, 5 + random.nextInt(10));
            send.send(new CompletePlanActivity(pair.id(), 1, last, "Протокол планирующей встречи"));
            feedback(FeedbackSource.MENTOR, random);
            feedback(FeedbackSource.MENTEE, random);
            if (regulars > 0) {
                long days = Math.max(0, ChronoUnit.DAYS.between(last, end));
                for (int i = 0; i < regulars; i++) {
                    meet(MeetingType.REGULAR, (int) (days * (i + 1) / regulars - days * i / regulars));
                }
            } else {
                while (!last.plusDays(45).isAfter(end)) {
                    meet(MeetingType.REGULAR, 14 + random.nextInt(21));
                }
            }
            feedback(FeedbackSource.MENTOR, random);
            feedback(FeedbackSource.MENTEE, random);
            if (program.completed()) {
                meet(MeetingType.FINAL, 7);
                send.send(new CompletePair(pair.id(), "Цели индивидуального плана достигнуты", last));
            }
        }

        private void meet(MeetingType type, int afterDays) {
            last = day(afterDays);
            send.send(new RecordMeeting(pair.id(), type, last, MeetingFormat.IN_PERSON, "Встреча: " + type.name(),
                    null, Instant.now()));
        }

        private void feedback(FeedbackSource from, Random random) {
            send.send(new GiveFeedback(pair.id(), from, from == FeedbackSource.MENTOR ? pair.mentors().get(0)
                    : pair.mentees().get(0), 3 + random.nextInt(3), null, last));
        }

        /** {@code days} after the last step, but never after the end. */
        private LocalDate day(int days) {
            LocalDate next = last.plusDays(days);
            return next.isAfter(end) ? (last.isAfter(end) ? last : end) : next;
        }
    }
}
