package ru.mentoring.command.roadmap;

import org.junit.jupiter.api.Test;
import ru.mentoring.api.roadmap.ItemSchedule;
import ru.mentoring.api.roadmap.PlanPeriod;
import ru.mentoring.api.roadmap.Recurrence;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DueDatesTest {

    private static final PlanPeriod TO_2024 = PlanPeriod.parse("2020-2024");

    @Test
    void aOneOffItemIsDueOnItsEndAndWithoutEndNever() {
        assertThat(DueDates.of(ItemSchedule.between(LocalDate.of(2020, 5, 1), LocalDate.of(2020, 5, 31), "Май 2020 года"),
                TO_2024)).containsExactly(LocalDate.of(2020, 5, 31));
        assertThat(DueDates.of(new ItemSchedule(null, null, null, "сроки устанавливаются приказом ОО"), TO_2024))
                .isEmpty();
    }

    @Test
    void anAnnualItemIsDueEveryYearOnItsDayUntilThePeriodEnds() {
        ItemSchedule monitoring = new ItemSchedule(LocalDate.of(2020, 11, 20), LocalDate.of(2020, 11, 25),
                Recurrence.ANNUALLY, "20-25 ноября текущего года");
        assertThat(DueDates.of(monitoring, TO_2024)).containsExactly(LocalDate.of(2020, 11, 25),
                LocalDate.of(2021, 11, 25), LocalDate.of(2022, 11, 25), LocalDate.of(2023, 11, 25),
                LocalDate.of(2024, 11, 25));
        assertThat(DueDates.of(ItemSchedule.recurring(Recurrence.ANNUALLY, "ежегодно"), PlanPeriod.parse("2021-2022")))
                .containsExactly(LocalDate.of(2021, 12, 31), LocalDate.of(2022, 12, 31));
    }

    @Test
    void aLeapDayFallsOnTheLastDayOfFebruaryInOtherYears() {
        ItemSchedule leap = new ItemSchedule(null, LocalDate.of(2024, 2, 29), Recurrence.ANNUALLY, "ежегодно");
        assertThat(DueDates.of(leap, PlanPeriod.parse("2024-2025")))
                .containsExactly(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28));
    }

    @Test
    void aMonthlyItemIsDueAtEachMonthsEndAndOnItsOwnEndDay() {
        ItemSchedule monthly = new ItemSchedule(LocalDate.of(2021, 10, 15), LocalDate.of(2021, 12, 20),
                Recurrence.MONTHLY, "ежемесячно");
        assertThat(DueDates.of(monthly, TO_2024)).containsExactly(LocalDate.of(2021, 10, 31),
                LocalDate.of(2021, 11, 30), LocalDate.of(2021, 12, 20));
        assertThat(DueDates.of(ItemSchedule.recurring(Recurrence.MONTHLY, "ежемесячно"), PlanPeriod.parse("2021-2021")))
                .hasSize(12);
    }

    @Test
    void workThroughoutThePeriodIsDueAtItsEnd() {
        assertThat(DueDates.of(ItemSchedule.recurring(Recurrence.THROUGHOUT_PERIOD, "В течение всего периода"),
                PlanPeriod.parse("2021-2022"))).containsExactly(LocalDate.of(2022, 12, 31));
        assertThat(DueDates.of(ItemSchedule.recurring(Recurrence.CONTINUOUSLY, "Постоянно"), TO_2024))
                .containsExactly(LocalDate.of(2024, 12, 31));
    }
}
