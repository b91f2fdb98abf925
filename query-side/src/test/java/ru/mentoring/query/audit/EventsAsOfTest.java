package ru.mentoring.query.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import ru.mentoring.api.audit.AsOfBasis;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.pair.AgreementSigned;
import ru.mentoring.api.pair.MeetingFormat;
import ru.mentoring.api.pair.MeetingRecorded;
import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.pair.PairOpened;
import ru.mentoring.api.pair.PairStalled;
import ru.mentoring.api.program.InteractionFormat;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.program.ProgramId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EventsAsOfTest {

    private static final PairId PAIR = PairId.random();
    private static final ProgramId PROGRAM = ProgramId.random();
    /** 12 October 2021 ends at 20:59:59.999999999 UTC in Moscow. */
    private static final Instant END_OF_12_OCTOBER = Instant.parse("2021-10-12T20:59:59.999999999Z");

    private static DomainEventMessage<?> stored(long sequence, Object payload, String recordedAt) {
        return new GenericDomainEventMessage<>("Pair", PAIR.toString(), sequence, payload, MetaData.emptyInstance(),
                UUID.randomUUID().toString(), Instant.parse(recordedAt));
    }

    private static PairOpened opened(String at) {
        Instant moment = Instant.parse(at);
        return new PairOpened(PAIR, PROGRAM, MentoringForm.TEACHER_STUDENT, InteractionFormat.INDIVIDUAL, null,
                Set.of(new PersonId(UUID.randomUUID())), Set.of(new PersonId(UUID.randomUUID())), moment,
                moment.plus(Duration.ofDays(14)), Duration.ofDays(30), List.of(), null);
    }

    private static MeetingRecorded meeting(int number, LocalDate heldOn) {
        return new MeetingRecorded(PAIR, number, MeetingType.ORGANIZATIONAL, heldOn, MeetingFormat.IN_PERSON,
                PersonalText.plain("Знакомство"), null);
    }

    @Test
    void aMeetingRecordedOnTwentiethForTwelfthCountsOnTwelfthByBusinessDateOnly() {
        List<DomainEventMessage<?>> stored = List.of(
                stored(0, opened("2021-10-01T06:00:00Z"), "2021-10-01T06:00:00Z"),
                stored(1, meeting(1, LocalDate.of(2021, 10, 12)), "2021-10-20T09:00:00Z"));

        EventsAsOf recorded = EventsAsOf.select(stored, END_OF_12_OCTOBER, AsOfBasis.RECORDED);
        EventsAsOf business = EventsAsOf.select(stored, END_OF_12_OCTOBER, AsOfBasis.BUSINESS);

        assertThat(recorded.counted()).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L);
        assertThat(recorded.businessDate()).isNull();
        assertThat(business.counted()).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L);
        assertThat(business.businessDate()).isEqualTo(LocalDate.of(2021, 10, 12));
        assertThat(business.recordedAfter(END_OF_12_OCTOBER)).extracting(DomainEventMessage::getSequenceNumber)
                .containsExactly(1L);
    }

    @Test
    void byBusinessDateAFactDatedLaterIsLeftOutEvenIfRecordedEarlierAndUndatedEventsCountByRecording() {
        Instant noon = Instant.parse("2021-10-12T09:00:00Z");
        List<DomainEventMessage<?>> stored = List.of(
                stored(0, opened("2021-10-01T06:00:00Z"), "2021-10-01T06:00:00Z"),
                // signed on paper on the 15th, entered ahead on the 10th
                stored(1, new AgreementSigned(PAIR, LocalDate.of(2021, 10, 15)), "2021-10-10T06:00:00Z"),
                // noticed by the system that afternoon, after the moment asked
                stored(2, new PairStalled(PAIR, PROGRAM, null), "2021-10-12T12:00:00Z"));

        EventsAsOf business = EventsAsOf.select(stored, noon, AsOfBasis.BUSINESS);

        assertThat(business.counted()).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L);
        assertThat(EventsAsOf.select(stored, noon, AsOfBasis.RECORDED).counted())
                .extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L);
    }

    @Test
    void theOpeningCountsWheneverALaterEventCountsByItsDate() {
        List<DomainEventMessage<?>> stored = List.of(
                stored(0, opened("2021-10-15T06:00:00Z"), "2021-10-15T06:00:00Z"),
                stored(1, meeting(1, LocalDate.of(2021, 10, 12)), "2021-10-16T06:00:00Z"));

        EventsAsOf business = EventsAsOf.select(stored, END_OF_12_OCTOBER, AsOfBasis.BUSINESS);

        assertThat(business.counted()).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L);
        assertThat(business.recordedAfter(END_OF_12_OCTOBER)).hasSize(2);
        assertThat(EventsAsOf.select(stored, END_OF_12_OCTOBER, AsOfBasis.RECORDED).counted()).isEmpty();
        assertThat(EventsAsOf.select(stored.subList(0, 1), END_OF_12_OCTOBER, AsOfBasis.BUSINESS).counted())
                .isEmpty();
    }

    @Test
    void aDateMeansTheEndOfThatDayInMoscowAndAnInstantIsKept() {
        assertThat(AsOfMoment.parse("2021-10-12")).contains(END_OF_12_OCTOBER);
        assertThat(AsOfMoment.parse("2021-10-12T10:00:00Z")).contains(Instant.parse("2021-10-12T10:00:00Z"));
        assertThat(AsOfMoment.parse("2021-10-12T13:00:00+03:00")).contains(Instant.parse("2021-10-12T10:00:00Z"));
        assertThat(AsOfMoment.parse("2021-10-12T13:00:00 03:00")).contains(Instant.parse("2021-10-12T10:00:00Z"));
        assertThat(AsOfMoment.parse("12.10.2021")).isEmpty();
        assertThat(AsOfMoment.parse("2021-02-30")).isEmpty();
        assertThat(AsOfMoment.basis(null)).contains(AsOfBasis.RECORDED);
        assertThat(AsOfMoment.basis("Business")).contains(AsOfBasis.BUSINESS);
        assertThat(AsOfMoment.basis("event")).isEmpty();
    }
}
