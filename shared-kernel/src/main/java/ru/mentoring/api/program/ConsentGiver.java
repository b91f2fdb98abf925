package ru.mentoring.api.program;

/**
 * Who signed a consent to the processing of personal data: the participant, or for a minor the legal
 * representative (законный представитель).
 */
public enum ConsentGiver {
    PARTICIPANT,
    LEGAL_REPRESENTATIVE
}
