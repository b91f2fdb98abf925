package ru.mentoring.command.program;

/**
 * The age below which a participant's consent to the processing of personal data is given by a legal
 * representative (законный представитель), as a region sets it: seed 001 asks it for students under 14, seed 004
 * for all minors (under 18).
 *
 * @param untilAge a participant younger than this needs a representative's consent
 * @param region   the region whose setting applies; {@code null} when the installation's default applies
 */
public record GuardianConsentAge(int untilAge, String region) {

    public GuardianConsentAge {
        if (untilAge < 1 || untilAge > 18) {
            throw new IllegalArgumentException("guardian consent age must lie in 1..18, was " + untilAge);
        }
    }

    public boolean needsRepresentative(Integer age) {
        return age != null && age < untilAge;
    }

    /** Where the age comes from, for a refusal: «в регионе «Омская область»» or the installation's default. */
    String source() {
        return region == null ? "по настройке по умолчанию" : "в регионе «" + region + "»";
    }
}
