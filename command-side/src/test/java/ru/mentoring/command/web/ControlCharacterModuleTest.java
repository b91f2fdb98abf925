package ru.mentoring.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ControlCharacterModuleTest {

    private final ObjectMapper requests = JsonMapper.builder().addModule(new ControlCharacterModule()).build();

    record Registration(String name, List<String> aliases, Map<String, String> notes, Map<String, Object> answers) {
    }

    @Test
    void aRequestBodyWithNulNamesTheField() {
        assertThat(refusedPath("{\"name\": \"Nul\\u0000School\"}")).isEqualTo("name");
    }

    @Test
    void aStringInsideAListOrAMapIsCheckedToo() {
        assertThat(refusedPath("{\"name\": \"ok\", \"aliases\": [\"ok\", \"bad\\u0001\"]}")).isEqualTo("aliases.[1]");
        assertThat(refusedPath("{\"notes\": {\"ok\": \"bad\\u007f\"}}")).isEqualTo("notes.ok");
        assertThat(refusedPath("{\"answers\": {\"ok\": [\"bad\\u0085\"]}}")).startsWith("answers");
    }

    @Test
    void aMapKeyIsCheckedToo() {
        assertThat(refusedPath("{\"notes\": {\"bad\\u0000\": \"ok\"}}")).startsWith("notes");
    }

    @Test
    void aLoneSurrogateEscapedInJsonIsRefused() {
        assertThat(refusedPath("{\"name\": \"\\ud800\"}")).isEqualTo("name");
    }

    @Test
    void ordinaryTextPassesUnchanged() throws JsonProcessingException {
        Registration read = requests.readValue("""
                {"name": "Школа\\r\\nНовая", "aliases": ["a\\tb"], "notes": {"ключ": "значение"}, "answers": {"n": 1}}""",
                Registration.class);
        assertThat(read.name()).isEqualTo("Школа\r\nНовая");
        assertThat(read.aliases()).containsExactly("a\tb");
        assertThat(read.notes()).containsEntry("ключ", "значение");
    }

    @Test
    void aMapperWithoutTheModuleStillReadsWhatWasStoredBeforeTheRule() throws JsonProcessingException {
        Registration stored = new ObjectMapper().readValue("{\"name\": \"Nul\\u0000School\"}", Registration.class);
        assertThat(stored.name()).isEqualTo("Nul\u0000School");
    }

    private String refusedPath(String json) {
        Throwable thrown = catchThrowable(() -> requests.readValue(json, Registration.class));
        assertThat(thrown).isInstanceOf(ControlCharacterModule.Refused.class);
        return ((JsonMappingException) thrown).getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
