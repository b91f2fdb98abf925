package ru.mentoring.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The application's resident memory (VmRSS of its process), sampled twice a second; the largest seen. */
final class ResidentMemory implements AutoCloseable {

    private final Path status;
    private final Thread sampler;
    private volatile long maxKilobytes;

    ResidentMemory(long pid) {
        this.status = Path.of("/proc", Long.toString(pid), "status");
        this.sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                maxKilobytes = Math.max(maxKilobytes, sample());
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    long maxMegabytes() {
        return Math.max(maxKilobytes, sample()) / 1024;
    }

    private long sample() {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    @Override
    public void close() {
        sampler.interrupt();
    }
}
