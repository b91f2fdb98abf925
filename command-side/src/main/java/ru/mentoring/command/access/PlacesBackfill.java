package ru.mentoring.command.access;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.concurrent.atomic.AtomicLong;

/**
 * An installation whose events were stored before places were kept gets them once, on its first start with
 * this version: every stored event goes through {@link PlacesWriter}'s own handlers, in one transaction.
 */
@Component
class PlacesBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlacesBackfill.class);

    private final EventStorageEngine events;
    private final PlacesWriter writer;
    private final JdbcPlaces places;
    private final TransactionTemplate transaction;

    PlacesBackfill(EventStorageEngine events, PlacesWriter writer, JdbcPlaces places, TransactionTemplate transaction) {
        this.events = events;
        this.writer = writer;
        this.places = places;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (!places.isEmpty()) {
                return;
            }
            AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(writer);
            AtomicLong count = new AtomicLong();
            // what is stored now, without waiting for more (the event store's own stream would tail forever)
            try (var stream = events.readEvents(null, false)) {
                stream.forEach(event -> handle(handlers, event, count));
            }
            if (count.get() > 0) {
                log.info("Access places: {} past events placed", count.get());
            }
        });
    }

    private static void handle(AnnotationEventHandlerAdapter handlers, EventMessage<?> event, AtomicLong count) {
        if (handlers.canHandle(event)) {
            var result = DefaultUnitOfWork.startAndGet(event).executeWithResult(() -> handlers.handle(event));
            if (result.isExceptional()) {
                throw new IllegalStateException("cannot place event " + event.getIdentifier(),
                        result.exceptionResult());
            }
            count.incrementAndGet();
        }
    }
}
