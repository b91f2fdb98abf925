package ru.mentoring.command.roadmap;

import java.util.List;
import java.util.Optional;

/**
 * The templates a road map can be created from.
 */
public interface RoadMapTemplates {

    Optional<RoadMapTemplate> find(String code);

    List<RoadMapTemplate> all();
}
