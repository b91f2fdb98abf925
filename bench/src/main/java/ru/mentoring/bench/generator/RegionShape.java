package ru.mentoring.bench.generator;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * How big the region is at a scale and what its parts are called. Scale 1 is a region of 1,000 organizations in
 * 20 municipalities, each organization with a program in each of two school years (the last one completed, the
 * current one in its meetings) of 100 participants and 50 pairs and groups: 200,000 participants, 100,000 pairs
 * and groups, about two million events. Ids are derived from the seed, so one seed gives one region.
 *
 * @param organizations  organizations (schools) in the region
 * @param municipalities municipalities they are spread over
 * @param mentors        mentors of one program
 * @param pairs          individual pairs of one program (one mentee each)
 * @param groups         groups of one program
 * @param groupSize      mentees of one group
 * @param longPairs      pairs of the current year with over 200 events (for the audit-history measure)
 */
record RegionShape(String region, long seed, int organizations, int municipalities, int mentors, int pairs,
                   int groups, int groupSize, int longPairs, LocalDate today) {

    static final String REGION = "Условный край";

    static RegionShape of(double scale, long seed, LocalDate today) {
        int organizations = Math.max(1, (int) Math.round(1000 * scale));
        int municipalities = Math.max(1, Math.min(20, organizations));
        return new RegionShape(REGION, seed, organizations, municipalities, 10, 40, 10, 5, 3, today);
    }

    /** The school year now running (September to August) and the one completed before it. */
    int currentYear() {
        return today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
    }

    int menteesPerProgram() {
        return pairs + groups * groupSize;
    }

    String municipality(int index) {
        return "Муниципальный округ № " + (index + 1);
    }

    String municipalityOf(int organization) {
        return municipality(organization % municipalities);
    }

    String organizationName(int organization) {
        return "МБОУ СОШ № " + (organization + 1) + " (" + municipalityOf(organization) + ")";
    }

    List<String> municipalityNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < municipalities; i++) {
            names.add(municipality(i));
        }
        return names;
    }

    /** A stable id for the thing the key names, in this seed's region. */
    UUID id(String key) {
        return UUID.nameUUIDFromBytes(("bench/" + seed + "/" + key).getBytes(StandardCharsets.UTF_8));
    }
}
