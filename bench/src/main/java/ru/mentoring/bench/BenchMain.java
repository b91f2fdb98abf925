package ru.mentoring.bench;

import ru.mentoring.bench.generator.RegionGenerator;
import ru.mentoring.bench.measure.Measurements;

import java.util.Arrays;

/**
 * The bench jar's entry: {@code generate …} loads a region into a database, {@code measure …} measures a running
 * application (both driven by {@code bench/run}).
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length == 0 ? "" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (what) {
            case "generate" -> RegionGenerator.main(rest);
            case "measure" -> Measurements.main(rest);
            default -> {
                System.err.println("usage: generate --db-url URL [--scale S] [--seed N] [--threads T] [--manifest F]"
                        + " | measure --base-url URL --manifest F --out F [options]");
                System.exit(2);
            }
        }
    }
}
