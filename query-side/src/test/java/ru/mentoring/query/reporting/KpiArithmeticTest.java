package ru.mentoring.query.reporting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KpiArithmeticTest {

    @Test
    void aShareIsAHundredTimesTheNumeratorOverTheDenominatorToOneDecimal() {
        assertThat(KpiArithmetic.percent(3, 60L)).isEqualTo(5.0);
        assertThat(KpiArithmetic.percent(2, 20L)).isEqualTo(10.0);
        assertThat(KpiArithmetic.percent(1, 3L)).isEqualTo(33.3);
        assertThat(KpiArithmetic.percent(2, 3L)).isEqualTo(66.7);
    }

    @Test
    void halfATenthRoundsUp() {
        assertThat(KpiArithmetic.percent(1, 8L)).isEqualTo(12.5);
        assertThat(KpiArithmetic.percent(1, 16L)).isEqualTo(6.3);
    }

    @Test
    void aMissingOrZeroDenominatorHasNoValueRatherThanZero() {
        assertThat(KpiArithmetic.percent(0, 0L)).isNull();
        assertThat(KpiArithmetic.percent(4, null)).isNull();
        assertThat(KpiArithmetic.percent(0, 40L)).isEqualTo(0.0);
    }

    @Test
    void satisfactionIsTheSumOfPercentsOverAHundredPerPersonSurveyed() {
        assertThat(KpiArithmetic.percent(80 + 90 + 100, 300L)).isEqualTo(90.0);
    }
}
