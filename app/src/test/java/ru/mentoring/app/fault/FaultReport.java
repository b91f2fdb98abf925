package ru.mentoring.app.fault;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fault suite's one table: each scenario records what it sent and what it found, and when the test run
 * ends the table is printed to the build's log and written to {@code target/fault-suite.md}. Registered as a
 * JUnit Platform listener (META-INF/services), so it prints whichever fault tests ran, and nothing when none did.
 */
public final class FaultReport implements TestExecutionListener {

    /**
     * One scenario's outcome.
     *
     * @param acknowledged commands answered 2xx (or, for input scenarios, requests sent)
     * @param found        events (or answers) found for them afterwards
     * @param duplicates   acknowledged commands whose event is stored more than once
     * @param lost         acknowledged commands whose event is not stored
     * @param recovery     from the fault's end to the system serving again (zero when it never stopped)
     */
    public record Row(String scenario, long acknowledged, long found, long duplicates, long lost, Duration recovery) {
    }

    private static final List<Row> ROWS = new ArrayList<>();

    public static synchronized void record(Row row) {
        ROWS.removeIf(existing -> existing.scenario().equals(row.scenario()));
        ROWS.add(row);
    }

    static synchronized String table() {
        StringBuilder table = new StringBuilder()
                .append("| scenario | commands acknowledged | events found | duplicates | lost | time to recover |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (Row row : ROWS) {
            table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %.1f s |%n", row.scenario(),
                    row.acknowledged(), row.found(), row.duplicates(), row.lost(), row.recovery().toMillis() / 1000.0));
        }
        return table.toString();
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        String table;
        synchronized (FaultReport.class) {
            if (ROWS.isEmpty()) {
                return;
            }
            table = table();
        }
        System.out.println();
        System.out.println("Fault suite");
        System.out.println(table);
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            Files.writeString(target.resolve("fault-suite.md"), "# Fault suite\n\n" + table);
        } catch (IOException e) {
            System.out.println("fault-suite.md not written: " + e.getMessage());
        }
    }
}
