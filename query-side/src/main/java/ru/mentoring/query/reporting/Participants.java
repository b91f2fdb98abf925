package ru.mentoring.query.reporting;

/**
 * The one definition of a participant that every reported figure uses: a person counts as a participant of a
 * program once they are a mentor or a mentee of a pair or group fixed by order (приказ о закреплении
 * наставнических пар/групп) that still holds. People who are only enrolled in a base, proposed in a pair
 * not yet fixed, or whose pair was dissolved are not participants — whatever they answered in a survey — so a
 * coverage share, a consent share and a satisfaction average all divide over the same people.
 */
final class Participants {

    private Participants() {
    }

    /**
     * The SQL condition that the {@code participant_base} row aliased {@code row} is a participant: its person
     * is in a fixed pair or group of the same program.
     */
    static String of(String row) {
        return "EXISTS (SELECT 1 FROM base_pair fixed_pair WHERE fixed_pair.program_id = " + row + ".program_id"
                + " AND fixed_pair.status = 'FIXED' AND (" + row + ".person_id = ANY (fixed_pair.mentees) OR "
                + row + ".person_id = ANY (fixed_pair.mentors)))";
    }

    /** As {@link #of(String)}, narrowed to pairs and groups of one form, given as the next query parameter. */
    static String ofForm(String row) {
        return "EXISTS (SELECT 1 FROM base_pair fixed_pair WHERE fixed_pair.program_id = " + row + ".program_id"
                + " AND fixed_pair.status = 'FIXED' AND fixed_pair.form = ? AND (" + row
                + ".person_id = ANY (fixed_pair.mentees) OR " + row + ".person_id = ANY (fixed_pair.mentors)))";
    }
}
