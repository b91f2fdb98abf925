package ru.mentoring.bench.measure;

import java.util.Arrays;

/** Latencies of one measure, in nanoseconds, and their percentiles in milliseconds. */
final class Latencies {

    private long[] values = new long[1024];
    private int size;
    private int failures;

    synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    synchronized void fail() {
        failures++;
    }

    synchronized int count() {
        return size;
    }

    synchronized int failures() {
        return failures;
    }

    /** The {@code p}-th percentile (0–100) in milliseconds, nearest rank; 0 when nothing was measured. */
    synchronized double percentile(double p) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }
}
