package ru.mentoring.command.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ControlCharactersTest {

    record Owner(UUID id, String name) {
    }

    record Import(Owner owner, String title, List<String> lines, Map<String, Integer> scores) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"Школа № 1", "строка\nещё строка", "колонка\tколонка", "строки\r\nWindows", "",
            "эмодзи 😀 с парой суррогатов", "кавычки «ёлочки» и ¼"})
    void acceptsWhatPeopleType(String text) {
        assertThat(ControlCharacters.acceptable(text)).isTrue();
        assertThat(ControlCharacters.firstRefused(text)).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nul\u0000School", "звонок\u0007", "каретка\rбез перевода", "в конце\r", "\u001b[31m",
            "удаление\u007f", "C1\u0085", "C1\u009f", "одинокий \ud800 старший", "одинокий \udc00 младший",
            "в конце \ud83d"})
    void refusesControlCharactersAndLoneSurrogates(String text) {
        assertThat(ControlCharacters.acceptable(text)).isFalse();
    }

    @Test
    void pointsAtTheFirstRefusedCharacter() {
        assertThat(ControlCharacters.firstRefused("ab\r\ncd\u0000")).isEqualTo(6);
        assertThat(ControlCharacters.acceptable(null)).isTrue();
    }

    @Test
    void theCommandBusFindsARefusedCharacterWhereverItLiesInACommand() {
        Owner owner = new Owner(UUID.randomUUID(), "Школа");
        assertThat(ControlCharacterInterceptor.refusedField(
                new Import(owner, "План", List.of("a", "b"), Map.of("балл", 1)), "", 0)).isEmpty();
        assertThat(ControlCharacterInterceptor.refusedField(
                new Import(new Owner(owner.id(), "Шк\u0000ола"), "План", List.of(), Map.of()), "", 0))
                .contains("owner.name");
        assertThat(ControlCharacterInterceptor.refusedField(
                new Import(owner, "План", List.of("a", "b\u0007"), Map.of()), "", 0)).contains("lines[1]");
        assertThat(ControlCharacterInterceptor.refusedField(
                new Import(owner, "План", List.of(), Map.of("балл\u007f", 1)), "", 0)).contains("scores");
    }
}
