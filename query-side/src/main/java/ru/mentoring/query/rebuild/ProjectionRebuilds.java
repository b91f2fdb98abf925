package ru.mentoring.query.rebuild;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.TreeSet;

/**
 * Replays projections from the event store with Axon's own mechanism: the processor is shut down, its tokens
 * reset to the start (each projection's {@code @ResetHandler} clears its tables) and started again; it then
 * rebuilds in the background while queries keep being answered from what is rebuilt so far. Only the query
 * side's projections can be rebuilt — replaying a policy would send its commands again.
 */
@Component
public class ProjectionRebuilds {

    private static final String PROJECTIONS_PACKAGE = "ru.mentoring.query.";

    private final EventProcessingConfiguration processing;
    private final ApplicationContext context;
    private final SegmentWatch segments;
    /** Found once: the projections are the beans of the started context, and every status poll asks for them. */
    private volatile List<String> projections;

    ProjectionRebuilds(EventProcessingConfiguration processing, ApplicationContext context, SegmentWatch segments) {
        this.processing = processing;
        this.context = context;
        this.segments = segments;
    }

    /** The processing groups of the query side's projections, by name. */
    public List<String> projections() {
        List<String> found = projections;
        if (found == null) {
            found = findProjections();
            projections = found;
        }
        return found;
    }

    private List<String> findProjections() {
        TreeSet<String> names = new TreeSet<>();
        context.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                .map(bean -> org.springframework.aop.support.AopUtils.getTargetClass(bean))
                .filter(type -> type.getPackageName().startsWith(PROJECTIONS_PACKAGE))
                .forEach(type -> names.add(type.getAnnotation(ProcessingGroup.class).value()));
        return List.copyOf(names);
    }

    /** Starts replaying the named projection (or {@code all}); returns at once, the replay runs on. */
    public List<ProjectionStatus> rebuild(String name) {
        List<String> targets = "all".equals(name) ? projections() : List.of(requireProjection(name));
        for (String target : targets) {
            StreamingEventProcessor processor = processor(target);
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
        return targets.stream().map(this::status).toList();
    }

    public List<ProjectionStatus> statuses() {
        return projections().stream().map(this::status).toList();
    }

    ProjectionStatus status(String name) {
        StreamingEventProcessor processor = processor(name);
        long head = segments.head();
        long position = processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(current -> current.orElse(0L))
                .min().orElse(0L);
        boolean replaying = processor.isReplaying();
        int percent = head == 0 ? 100 : (int) Math.min(100, 100 * position / head);
        List<SegmentPosition> positions = segments.segments(name);
        return new ProjectionStatus(name, replaying, position, head, replaying ? Math.min(percent, 99) : percent,
                positions, positions.stream().anyMatch(SegmentPosition::stuck));
    }

    private String requireProjection(String name) {
        if (!projections().contains(name)) {
            throw new IllegalArgumentException("Нет проекции «" + name + "»; есть: " + projections() + " или all");
        }
        return name;
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("processor " + name + " is not a streaming processor"));
    }

}
