package ru.mentoring.api.roadmap;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ItemScheduleTest {

    @Test
    void aTemplateTermMovedToALaterPeriodNamesTheNewYears() {
        ItemSchedule may = ItemSchedule.between(LocalDate.of(2020, 5, 1), LocalDate.of(2020, 5, 31), "Май 2020 года");
        assertThat(may.shiftedByYears(6)).isEqualTo(ItemSchedule.between(LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 31), "Май 2026 года"));
        assertThat(ItemSchedule.recurring(Recurrence.CONTINUOUSLY, "Постоянно, в течение 2020, 2021 годов")
                .shiftedByYears(5).asWritten()).isEqualTo("Постоянно, в течение 2025, 2026 годов");
        assertThat(ItemSchedule.recurring(Recurrence.THROUGHOUT_PERIOD, "В течение 2021-2022 учебного года")
                .shiftedByYears(-1).asWritten()).isEqualTo("В течение 2020-2021 учебного года");
    }

    @Test
    void numbersThatAreNotYearsAndTermsWithoutYearsStayAsWritten() {
        assertThat(ItemSchedule.recurring(Recurrence.ANNUALLY, "до 25 ноября, приказ № 20155").shiftedByYears(3)
                .asWritten()).isEqualTo("до 25 ноября, приказ № 20155");
        assertThat(ItemSchedule.recurring(Recurrence.ANNUALLY, "май текущего года").shiftedByYears(3).asWritten())
                .isEqualTo("май текущего года");
        assertThat(ItemSchedule.recurring(Recurrence.AS_NEEDED, null).shiftedByYears(3).asWritten()).isNull();
    }
}
