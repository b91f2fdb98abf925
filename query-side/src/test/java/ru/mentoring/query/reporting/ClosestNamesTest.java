package ru.mentoring.query.reporting;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClosestNamesTest {

    private static final List<String> REGIONS = List.of("Ханты-Мансийский автономный округ – Югра",
            "Ямало-Ненецкий автономный округ", "Тюменская область", "Курганская область", "Свердловская область");

    @Test
    void distanceCountsSingleCharacterEdits() {
        assertThat(ClosestNames.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(ClosestNames.distance("", "Югра")).isEqualTo(4);
        assertThat(ClosestNames.distance("Югра", "Югра")).isZero();
        assertThat(ClosestNames.distance("Когалым", "Когалм")).isOne();
    }

    @Test
    void aTypoInARegionPointsAtTheRegionMeantFirst() {
        assertThat(ClosestNames.to("Ханты-Мансийский автономный округ – Югро", REGIONS))
                .hasSize(3).first().isEqualTo("Ханты-Мансийский автономный округ – Югра");
        assertThat(ClosestNames.to("тюменская обл", REGIONS).get(0)).isEqualTo("Тюменская область");
    }

    @Test
    void caseSpacesAndYoDoNotCount() {
        assertThat(ClosestNames.to("  город покачи ", List.of("город Когалым", "город Покачи")).get(0))
                .isEqualTo("город Покачи");
        assertThat(ClosestNames.to("Поселок Горный", List.of("Посёлок Горный", "Поселок Г")).get(0))
                .isEqualTo("Посёлок Горный");
    }

    @Test
    void atMostThreeNamesNearestFirstTiesAlphabetically() {
        assertThat(ClosestNames.to("Бобласть", List.of("Вобласть", "Аобласть", "Гобласть", "Добласть")))
                .containsExactly("Аобласть", "Вобласть", "Гобласть");
        assertThat(ClosestNames.to("что угодно", List.of())).isEmpty();
    }
}
