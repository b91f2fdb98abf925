package ru.mentoring.app.deadletters;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One gauge per processing group, {@code mentoring.dead.letters{group=…}} (Prometheus:
 * {@code mentoring_dead_letters}), reading the group's queue at each scrape — an alert on it above zero tells the
 * operator before anyone misses a row. Registered once the application has started, when Axon's processors
 * and their queues are all configured.
 */
@Component
class DeadLetterGauges {

    private final DeadLetters deadLetters;
    private final MeterRegistry registry;

    DeadLetterGauges(DeadLetters deadLetters, MeterRegistry registry) {
        this.deadLetters = deadLetters;
        this.registry = registry;
    }

    @EventListener(ApplicationStartedEvent.class)
    void register() {
        for (String group : deadLetters.groups()) {
            Gauge.builder("mentoring.dead.letters", deadLetters, letters -> letters.count(group))
                    .description("Events parked in the processing group's dead-letter queue")
                    .tag("group", group)
                    .register(registry);
        }
    }
}
