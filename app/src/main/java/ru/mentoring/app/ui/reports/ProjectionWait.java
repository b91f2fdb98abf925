package ru.mentoring.app.ui.reports;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits briefly for a projection to show a command's result, so that the page redirected to after it
 * usually shows what was just entered; when the projection is slower the page shows it on its next load.
 */
final class ProjectionWait {

    private static final Duration PATIENCE = Duration.ofSeconds(3);
    private static final long PAUSE_MILLIS = 100;

    private ProjectionWait() {
    }

    static void until(BooleanSupplier shown) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!shown.getAsBoolean() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
