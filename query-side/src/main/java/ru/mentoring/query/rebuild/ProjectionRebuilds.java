package ru.mentoring.query.rebuild;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Replays projections from the event store with Axon's own mechanism: the processor is shut down on every node, its
 * tokens reset to the start once (each projection's {@code @ResetHandler} clears its tables) and it is started again
 * ({@link ClusterProjections}); it then rebuilds in the background, on whichever nodes claim its segments, while
 * queries keep being answered from what is rebuilt so far. Only the query
 * side's projections can be rebuilt — replaying a policy would send its commands again.
 */
@Component
public class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private static final String PROJECTIONS_PACKAGE = "ru.mentoring.query.";

    private final EventProcessingConfiguration processing;
    private final ApplicationContext context;
    private final SegmentWatch segments;
    private final ClusterProjections cluster;
    /** Found once: the projections are the beans of the started context, and every status poll asks for them. */
    private volatile List<String> projections;

    ProjectionRebuilds(EventProcessingConfiguration processing, ApplicationContext context, SegmentWatch segments,
                       ClusterProjections cluster) {
        this.processing = processing;
        this.context = context;
        this.segments = segments;
        this.cluster = cluster;
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

    /**
     * Starts replaying the named projection (or {@code all}) on every node ({@link ClusterProjections}); returns at
     * once, the replay runs on. Alone, or once the other nodes have let the projection's segments go, this node
     * resets it before answering; otherwise the status shows the rebuild waiting until one of them does.
     */
    public List<ProjectionStatus> rebuild(String name) {
        List<String> targets = "all".equals(name) ? projections() : List.of(requireProjection(name));
        targets.forEach(cluster::requestRebuild);
        advanceNow();
        return statuses(targets);
    }

    /** Asks the node that holds the segment to split it in two (or to merge it with its sibling). */
    public void changeSegment(String name, String action, int segment) {
        requireProjection(name);
        if (segments.segments(name).stream().noneMatch(position -> position.segment() == segment)) {
            throw new IllegalArgumentException("У проекции «" + name + "» нет сегмента " + segment);
        }
        cluster.requestSegmentChange(name, action, segment);
        advanceNow();
    }

    /** Does the request here at once if this node can; if that fails, it is recorded and the nodes do it later. */
    private void advanceNow() {
        try {
            cluster.advance();
        } catch (RuntimeException e) {
            log.warn("A projection request is recorded but could not be done at once (the nodes retry every second): "
                    + "{}", e.getMessage());
        }
    }

    public List<ProjectionStatus> statuses() {
        return statuses(projections());
    }

    private List<ProjectionStatus> statuses(List<String> names) {
        // asked once for all of them: the page polls every second while a rebuild runs
        Set<String> waiting = cluster.pending().stream()
                .filter(request -> "REBUILD".equals(request.action()))
                .map(ClusterProjections.Request::processor)
                .collect(Collectors.toSet());
        return names.stream().map(name -> status(name, waiting.contains(name))).toList();
    }

    /**
     * Where the projection stands on all nodes together: each segment at the position of the node that holds it —
     * this node's processor where it is this node's (fresher than the token store between two batches), the token
     * store's otherwise; replaying while a rebuild waits for the nodes or any segment still holds a replay token.
     */
    private ProjectionStatus status(String name, boolean rebuildWaiting) {
        StreamingEventProcessor processor = processor(name);
        long head = segments.head();
        Map<Integer, EventTrackerStatus> local = processor.processingStatus();
        List<SegmentPosition> positions = segments.segments(name);
        long position = positions.stream()
                .mapToLong(segment -> {
                    EventTrackerStatus here = local.get(segment.segment());
                    return here == null ? segment.position() : here.getCurrentPosition().orElse(segment.position());
                })
                .min().orElse(0L);
        boolean replaying = positions.stream().anyMatch(segment -> {
            EventTrackerStatus here = local.get(segment.segment());
            return here == null ? segment.replaying() : SegmentWatch.rereading(here.getTrackingToken());
        }) || rebuildWaiting;
        int percent = head == 0 ? 100 : (int) Math.min(100, 100 * position / head);
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
