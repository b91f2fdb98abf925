package ru.mentoring.command.program;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsentPropertiesTest {

    @Test
    void withoutSettingsRepresentativesSignForEveryMinor() {
        ConsentProperties properties = new ConsentProperties(null, null);

        assertThat(properties.forRegion("Тюменская область")).isEqualTo(new GuardianConsentAge(18, "Тюменская область"));
        assertThat(properties.forRegion(null)).isEqualTo(new GuardianConsentAge(18, null));
    }

    @Test
    void aRegionsOwnAgeOverridesTheDefaultWhateverTheCaseAndSpaces() {
        ConsentProperties properties = new ConsentProperties(18, Map.of("Омская область", 14));

        assertThat(properties.forRegion(" омская ОБЛАСТЬ ")).isEqualTo(new GuardianConsentAge(14, "омская ОБЛАСТЬ"));
        assertThat(properties.forRegion("Ставропольский край").untilAge()).isEqualTo(18);
    }

    @Test
    void aRegionsNameWithSpacesBindsFromBracketedKeysAsTheReadmeShows() {
        // YAML's "[Омская область]" and SPRING_APPLICATION_JSON's {"[Омская область]": 14} both flatten to this
        MapConfigurationPropertySource source = new MapConfigurationPropertySource(Map.of(
                "mentoring.consent.guardian-until-age", "18", "mentoring.consent.regions.[Омская область]", "14"));

        ConsentProperties properties = new Binder(source).bind("mentoring.consent", ConsentProperties.class).get();

        assertThat(properties.forRegion("Омская область").untilAge()).isEqualTo(14);
        assertThat(properties.forRegion("Тюменская область").untilAge()).isEqualTo(18);
    }

    @Test
    void theAgeNamesAPersonBelowWhomARepresentativeSigns() {
        GuardianConsentAge under14 = new GuardianConsentAge(14, "Омская область");

        assertThat(under14.needsRepresentative(13)).isTrue();
        assertThat(under14.needsRepresentative(14)).isFalse();
        assertThat(under14.needsRepresentative(null)).isFalse();
    }

    @Test
    void anAgeOutsideChildhoodIsAConfigurationError() {
        assertThatThrownBy(() -> new ConsentProperties(21, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConsentProperties(18, Map.of("Омская область", 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
