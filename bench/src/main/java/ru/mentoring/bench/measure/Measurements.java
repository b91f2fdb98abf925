package ru.mentoring.bench.measure;

/** Placeholder replaced below. */
public final class Measurements {
    private Measurements() {
    }

    public static void main(String[] args) {
    }
}
