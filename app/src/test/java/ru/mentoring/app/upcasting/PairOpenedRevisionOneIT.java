package ru.mentoring.app.upcasting;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import ru.mentoring.api.pair.PairOpened;
import ru.mentoring.app.ApplicationIT;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@link PairOpened} stored before revision 2 has no {@code fixedOn}: the application's event serializer reads
 * it with the order's date unknown ({@code null}) and everything else as stored, so no upcaster is needed and the
 * pair then checks its meeting dates only against each other and today.
 */
class PairOpenedRevisionOneIT extends ApplicationIT {

    @Autowired
    @Qualifier("eventSerializer")
    private Serializer events;

    @Test
    void aRevisionOnePairReadsWithoutItsOrdersDate() {
        String stored = """
                {"pairId":"7b0c2f4e-93a1-4d55-9a7e-2f1d0c3b5a61","programId":"6f7c2f1e-0d3a-4b5e-9a43-1f7a2a1c0001",\
                "form":"TEACHER_STUDENT","format":"INDIVIDUAL","kind":null,\
                "mentors":["9a1d7c55-3b2e-4f60-8d11-00000000c001"],"mentees":["9a1d7c55-3b2e-4f60-8d11-00000000c002"],\
                "openedAt":"2020-10-01T06:00:00Z","firstMeetingDueAt":"2020-10-15T06:00:00Z",\
                "stalledAfter":"PT720H","feedbackDates":["2021-04-15"]}""";

        PairOpened read = events.deserialize(new SimpleSerializedObject<>(stored.getBytes(StandardCharsets.UTF_8),
                byte[].class, PairOpened.class.getName(), "1"));

        assertThat(read.fixedOn()).isNull();
        assertThat(read.stalledAfter()).isEqualTo(Duration.ofDays(30));
        assertThat(read.feedbackDates()).containsExactly(LocalDate.of(2021, 4, 15));
        assertThat(read.mentees()).hasSize(1);
    }
}
