package ru.mentoring.query.reporting;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The known names nearest to a misspelt one, by Levenshtein distance (insertions, deletions and substitutions
 * of single characters), ignoring case, surrounding spaces and the difference between «ё» and «е» — so that a
 * report asked for «Ханты-Мансийский автономный округ – Югро» can point at the region meant.
 */
final class ClosestNames {

    /** How many names an answer suggests at most. */
    static final int LIMIT = 3;

    private ClosestNames() {
    }

    /** Up to {@link #LIMIT} of {@code known}, nearest to {@code asked} first, ties in alphabetical order. */
    static List<String> to(String asked, List<String> known) {
        String target = normalized(asked);
        return known.stream().distinct()
                .sorted(Comparator.<String>comparingInt(name -> distance(target, normalized(name)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(LIMIT)
                .toList();
    }

    /** The Levenshtein distance between two texts, as given. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String normalized(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
