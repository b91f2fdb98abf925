package ru.mentoring.api.reporting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TerritoryIdTest {

    @Test
    void aTerritoryIsReadBackFromItsTextForm() {
        TerritoryId kogalym = new TerritoryId(TerritoryLevel.MUNICIPALITY, "Ханты-Мансийский автономный округ – Югра",
                "город Когалым");
        TerritoryId yugra = new TerritoryId(TerritoryLevel.REGION, "Ханты-Мансийский автономный округ – Югра", null);

        assertThat(TerritoryId.parse(kogalym.toString())).contains(kogalym);
        assertThat(TerritoryId.parse(yugra.toString())).contains(yugra);
        assertThat(TerritoryId.parse("MUNICIPALITY:регион без города/")).isEmpty();
        assertThat(TerritoryId.parse("3f1c2a64-8a5e-4d1b-9c7e-2b0f6a1d4e55")).isEmpty();
    }
}
