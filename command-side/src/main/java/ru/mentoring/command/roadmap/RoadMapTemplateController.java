package ru.mentoring.command.roadmap;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.mentoring.api.roadmap.RoadMapLevel;

import java.util.List;

/**
 * Lists the road-map templates a plan can be created from.
 */
@RestController
@RequestMapping("/api/road-map-templates")
class RoadMapTemplateController {

    private final RoadMapTemplates templates;

    RoadMapTemplateController(RoadMapTemplates templates) {
        this.templates = templates;
    }

    /** One template as the list shows it. */
    record TemplateSummary(String code, String source, RoadMapLevel level, String period, String title, int sections,
                           int items) {
    }

    @GetMapping
    List<TemplateSummary> list() {
        return templates.all().stream()
                .map(template -> new TemplateSummary(template.code(), template.source(), template.level(),
                        template.period().toString(), template.title(), template.sections().size(),
                        template.itemCount()))
                .toList();
    }
}
