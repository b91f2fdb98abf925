package ru.mentoring.api.program;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AcademicPeriodTest {

    @Test
    void readsTheYearAsTheSourceDocumentsWriteIt() {
        AcademicPeriod period = AcademicPeriod.parse(" 2021-2022 ");

        assertThat(period.startYear()).isEqualTo(2021);
        assertThat(period).hasToString("2021-2022");
    }

    @Test
    void refusesYearsThatDoNotFollowEachOther() {
        assertThatIllegalArgumentException().isThrownBy(() -> AcademicPeriod.parse("2021-2023"));
        assertThatIllegalArgumentException().isThrownBy(() -> AcademicPeriod.parse("2022-2021"));
    }

    @Test
    void refusesOtherForms() {
        assertThatIllegalArgumentException().isThrownBy(() -> AcademicPeriod.parse("2021/2022"));
        assertThatIllegalArgumentException().isThrownBy(() -> AcademicPeriod.parse("2021"));
        assertThatIllegalArgumentException().isThrownBy(() -> AcademicPeriod.parse(null));
    }
}
