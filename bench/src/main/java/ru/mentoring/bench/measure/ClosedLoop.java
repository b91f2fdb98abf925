package ru.mentoring.bench.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * A closed loop: {@code clients} threads, each sending its next request as soon as the last is answered, for a
 * while; what was answered with success per second, and its latencies.
 */
final class ClosedLoop {

    /** The outcome of one loop. */
    record Result(int clients, double perSecond, double p50, double p99, int ok, int failed) {
    }

    private ClosedLoop() {
    }

    /** {@code request} gets a number unique in the loop and answers whether it succeeded. */
    static Result run(int clients, Duration duration, LongFunction<Http.Answer> request) {
        Latencies latencies = new Latencies();
        AtomicLong sequence = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    Http.Answer answer = request.apply(sequence.getAndIncrement());
                    if (answer.ok()) {
                        latencies.add(answer.nanos());
                    } else {
                        latencies.fail();
                        if (latencies.failures() <= 3) {
                            System.out.println("measure: failed with " + answer.status() + ": "
                                    + new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8));
                        }
                    }
                }
            }, "load-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(clients, latencies.count() / seconds, latencies.percentile(50), latencies.percentile(99),
                latencies.count(), latencies.failures());
    }

    /**
     * The same request {@code times} times in a row, after unmeasured ones for {@code warmup} (at least three):
     * its latencies. The reads are measured first after the application starts, and a handful of calls leaves
     * their code interpreted — the p99 of 200 calls was then the JIT compiler's, not the application's.
     */
    static Latencies sequential(Duration warmup, int times, java.util.function.Supplier<Http.Answer> request) {
        long until = System.nanoTime() + warmup.toNanos();
        for (int i = 0; i < 3 || System.nanoTime() < until; i++) {
            request.get();
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < times; i++) {
            Http.Answer answer = request.get();
            if (answer.ok()) {
                latencies.add(answer.nanos());
            } else {
                latencies.fail();
                if (latencies.failures() <= 3) {
                    System.out.println("measure: failed with " + answer.status() + ": "
                            + new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return latencies;
    }
}
