package ru.mentoring.app.deadletters;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;
import ru.mentoring.query.rebuild.SegmentPosition;
import ru.mentoring.query.rebuild.SegmentWatch;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code processing} in {@code /actuator/health}: {@link #DEGRADED} while any processing group has parked events
 * or any segment is stuck — the application answers, but some read model or policy is behind. DEGRADED ranks
 * between DOWN and UP and answers 200 (management.endpoint.health.status), so a load balancer keeps sending
 * traffic; the liveness and readiness probes do not include it, so nothing restarts a node for a bad event.
 */
@Component
class ProcessingHealthIndicator implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED",
            "События ждут в очереди недоставленных или сегмент обработки стоит");

    private final DeadLetters deadLetters;
    private final SegmentWatch segments;

    ProcessingHealthIndicator(DeadLetters deadLetters, SegmentWatch segments) {
        this.deadLetters = deadLetters;
        this.segments = segments;
    }

    @Override
    public Health health() {
        Map<String, Long> parked = new TreeMap<>();
        for (String group : deadLetters.groups()) {
            long letters = deadLetters.count(group);
            if (letters > 0) {
                parked.put(group, letters);
            }
        }
        List<String> stuck = segments.all().stream().filter(SegmentPosition::stuck)
                .map(segment -> segment.processor() + "#" + segment.segment() + " @" + segment.position())
                .toList();
        Health.Builder health = parked.isEmpty() && stuck.isEmpty() ? Health.up() : Health.status(DEGRADED);
        return health.withDetail("deadLetters", parked).withDetail("stuckSegments", stuck).build();
    }
}
