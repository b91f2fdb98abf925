package ru.mentoring.api.reporting;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One organization's annual monitoring form: who took part, how the pairs did, and when the form was
 * submitted against its deadline (seed 000: by 25 November after the academic year).
 */
public record MonitoringForm(
        UUID organizationId, String organization, String municipality, String region, String period,
        int programs, long mentees, long menteeStudents, long youngSpecialists, long mentors, long mentorStudents,
        long mentorTeachers, long mentorEmployers, long pairsFixed, long pairsCompleted, long pairsDissolved,
        Double consentPercent, Double planCompletionPercent, Double finalEventParticipationPercent,
        Double menteeSatisfaction, Double mentorSatisfaction, int trainingSessions, int cases,
        LocalDate dueOn, LocalDate submittedOn, String submissionReference, boolean late) {
}
