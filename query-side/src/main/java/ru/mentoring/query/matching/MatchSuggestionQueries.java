package ru.mentoring.query.matching;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.program.MatchSuggestionView;
import ru.mentoring.api.program.MatchSuggestionView.SuggestedPair;
import ru.mentoring.api.program.MenteeCategory;
import ru.mentoring.api.program.MentorCategory;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.program.SuggestMatches;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Suggests pairs for a program from its bases: the mentees not yet matched and with a valid consent, the
 * mentors who passed the interview and training and still have room; their stated preferences; and, where
 * they stated none, how well a mentee's request matches a mentor's competencies (shared words). A pair is
 * possible only under a chosen form of mentoring that admits both.
 */
@Component
class MatchSuggestionQueries {

    private final JdbcClient jdbc;

    MatchSuggestionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Person(UUID id, String category, String text, int room) {
    }

    @QueryHandler
    Optional<MatchSuggestionView> handle(SuggestMatches query) {
        UUID programId = query.programId().value();
        Optional<List<MentoringForm>> chosen = jdbc.sql("SELECT forms FROM program_overview WHERE program_id = ?")
                .param(programId)
                .query((row, number) -> Arrays.stream((String[]) row.getArray("forms").getArray())
                        .map(MentoringForm::valueOf).sorted().toList())
                .optional();
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        List<Person> mentees = people(programId, """
                role = 'MENTEE' AND consent = 'GIVEN' AND pair_status = 'UNMATCHED'""", "request");
        List<Person> mentors = people(programId, """
                role = 'MENTOR' AND consent = 'GIVEN' AND interview = 'PASSED' AND training_sessions > 0
                AND capacity > mentees_assigned""", "competencies");
        Map<UUID, List<UUID>> preferences = preferences(programId);
        Map<UUID, Person> mentorById = mentors.stream().collect(Collectors.toMap(Person::id, p -> p));
        Map<UUID, Person> menteeById = mentees.stream().collect(Collectors.toMap(Person::id, p -> p));
        Compatibility compatibility = (menteeId, mentorId) -> formFor(chosen.get(), menteeById.get(menteeId),
                mentorById.get(mentorId)).isPresent()
                ? OptionalInt.of(sharedWords(menteeById.get(menteeId).text(), mentorById.get(mentorId).text()))
                : OptionalInt.empty();
        MatchSuggestion suggestion = StableMatcher.suggest(
                mentees.stream().map(m -> new MenteeCandidate(m.id(), preferences.getOrDefault(m.id(), List.of())))
                        .toList(),
                mentors.stream().map(m -> new MentorCandidate(m.id(), m.room(),
                        preferences.getOrDefault(m.id(), List.of()))).toList(),
                compatibility);
        List<SuggestedPair> pairs = suggestion.assignments().stream()
                .map(a -> new SuggestedPair(a.menteeId(), a.mentorId(),
                        formFor(chosen.get(), menteeById.get(a.menteeId()), mentorById.get(a.mentorId())).orElseThrow(),
                        compatibility.score(a.menteeId(), a.mentorId()).orElse(0)))
                .toList();
        return Optional.of(new MatchSuggestionView(programId, pairs, suggestion.unmatchedMentees()));
    }

    private List<Person> people(UUID programId, String condition, String textColumn) {
        return jdbc.sql("SELECT person_id, category, " + textColumn + " AS text, "
                        + "COALESCE(capacity, 1) - mentees_assigned AS room FROM participant_base "
                        + "WHERE program_id = ? AND " + condition + " ORDER BY enrolled_on, person_id")
                .param(programId)
                .query((row, number) -> new Person(row.getObject("person_id", UUID.class), row.getString("category"),
                        row.getString("text"), row.getInt("room")))
                .list();
    }

    private Map<UUID, List<UUID>> preferences(UUID programId) {
        Map<UUID, List<UUID>> preferences = new HashMap<>();
        jdbc.sql("SELECT person_id, preferred_id FROM participant_preference WHERE program_id = ? "
                        + "ORDER BY person_id, rank")
                .param(programId)
                .query((row, number) -> Map.entry(row.getObject("person_id", UUID.class),
                        row.getObject("preferred_id", UUID.class)))
                .list()
                .forEach(entry -> preferences.computeIfAbsent(entry.getKey(), id -> new java.util.ArrayList<>())
                        .add(entry.getValue()));
        return preferences;
    }

    /** The first chosen form (in the order of the model) that admits both the mentee and the mentor. */
    static Optional<MentoringForm> formFor(List<MentoringForm> chosen, Person mentee, Person mentor) {
        if (mentee == null || mentor == null) {
            return Optional.empty();
        }
        MenteeCategory menteeCategory = MenteeCategory.valueOf(mentee.category());
        MentorCategory mentorCategory = MentorCategory.valueOf(mentor.category());
        return chosen.stream().filter(form -> form.admitsMentee(menteeCategory) && form.admitsMentor(mentorCategory))
                .findFirst();
    }

    /** How many words of four letters or more the two texts share, ignoring case. */
    static int sharedWords(String request, String competencies) {
        Set<String> wanted = words(request);
        wanted.retainAll(words(competencies));
        return wanted.size();
    }

    private static Set<String> words(String text) {
        if (text == null) {
            return new java.util.HashSet<>();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= 4)
                .collect(Collectors.toCollection(java.util.HashSet::new));
    }
}
