package ru.mentoring.app.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;
import ru.mentoring.api.pair.MeetingRecorded;

/**
 * Reads a {@link MeetingRecorded} of revision 1 as revision 2: the field {@code date} becomes {@code heldOn}.
 * <p>
 * The stored rows are never rewritten (the audit hash chain is computed over their bytes); the change happens
 * each time an event is read. Axon's Spring Boot configuration hands every {@code EventUpcaster} bean to the
 * event store's upcaster chain ({@code InfraConfiguration.eventUpcastersConfigurer}), which the JDBC storage
 * engine applies to every read. The payload is worked on as Jackson's tree, the form the event store's
 * {@code JacksonSerializer} converts bytes to, so the upcaster needs no copy of the old class.
 */
@Component
class MeetingRecordedUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(MeetingRecorded.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(MeetingRecorded.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, MeetingRecordedUpcaster::renameDate);
    }

    static JsonNode renameDate(JsonNode revision1) {
        ObjectNode revision2 = revision1.deepCopy();
        JsonNode heldOn = revision2.remove("date");
        if (heldOn != null) {
            revision2.set("heldOn", heldOn);
        }
        return revision2;
    }
}
