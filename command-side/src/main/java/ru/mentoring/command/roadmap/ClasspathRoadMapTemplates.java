package ru.mentoring.command.roadmap;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The templates typed in from the source documents, read once from {@value #LOCATION}: one JSON file each,
 * named by the template's code.
 */
@Component
public class ClasspathRoadMapTemplates implements RoadMapTemplates {

    static final String LOCATION = "classpath:roadmap-templates/*.json";

    private final Map<String, RoadMapTemplate> templates = new LinkedHashMap<>();

    public ClasspathRoadMapTemplates(ObjectMapper json) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    RoadMapTemplate template = json.readValue(in, RoadMapTemplate.class);
                    templates.put(template.code(), template);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("road-map templates cannot be read from " + LOCATION, e);
        }
    }

    @Override
    public Optional<RoadMapTemplate> find(String code) {
        return Optional.ofNullable(templates.get(code));
    }

    @Override
    public List<RoadMapTemplate> all() {
        return templates.values().stream().sorted(Comparator.comparing(RoadMapTemplate::code)).toList();
    }
}
