package ru.mentoring.bench.measure;

import com.fasterxml.jackson.databind.JsonNode;
import ru.mentoring.bench.generator.Options;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The harness's measures of a running application over its generated region, each in a window of its own:
 * reads (audit history of a long pair, the KPI report and a bases page at region scale, the monitoring form's
 * XLSX), commands at 1, 4 and 16 connections (a create and an append to existing pairs), projection lag under a
 * steady load, rebuilds of one projection and of all, and the process's resident memory over the run. Writes
 * the figures with pgbench's and the machine's into the results ({@link Report}).
 */
public final class Measurements {

    static final int[] CLIENTS = {1, 4, 16};

    private Measurements() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        boolean smoke = options.flag("smoke");
        Duration window = Duration.ofSeconds(options.integer("window-seconds", smoke ? 3 : 20));
        JsonNode manifest = Http.JSON.readTree(Path.of(options.required("manifest")).toFile());
        Http http = new Http(options.required("base-url"));
        String region = manifest.path("region").asText();
        String operator = http.token(options.required("operator-id"), options.required("operator-secret"));
        String admin = http.client(operator, "REGIONAL_ADMINISTRATOR", region);
        String auditor = http.client(operator, "AUDITOR", region);
        String reporting = http.client(operator, "REPORTING_SERVICE", region);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        int year = manifest.path("currentYear").asInt();
        Map<String, Object> figures = new LinkedHashMap<>();
        try (ResidentMemory memory = new ResidentMemory(Long.parseLong(options.required("pid")))) {
            reads(http, manifest, auditor, admin, reporting, year, smoke, figures);
            commands(http, manifest, admin, today, window, figures);
            List<String> probes = pairs(manifest, 0, 20);
            Lag.Result lag = new Lag(http, admin).run(options.number("lag-rate", 500), 16,
                    smoke ? Duration.ofSeconds(5) : Duration.ofSeconds(60),
                    Map.of("name", "Школа нагрузки " + System.currentTimeMillis(),
                            "municipality", manifest.path("municipalities").path(0).asText(), "region", region),
                    probes, today);
            System.out.printf("measure: lag under %.0f/s (achieved %.0f/s): p50 %.0f ms, p99 %.0f ms, %d probes,"
                    + " %d lost%n", lag.targetPerSecond(), lag.achievedPerSecond(), lag.p50(), lag.p99(), lag.probes(),
                    lag.lost());
            figures.put("lag_load_target_per_s", lag.targetPerSecond());
            figures.put("lag_load_achieved_per_s", round(lag.achievedPerSecond()));
            figures.put("lag_p50_ms", round(lag.p50()));
            figures.put("lag_p99_ms", round(lag.p99()));
            figures.put("lag_probes", lag.probes());
            Rebuilds rebuilds = new Rebuilds(http, operator);
            String one = options.text("rebuild-one", "participant-bases");
            figures.put("rebuild_one_projection", one);
            figures.put("rebuild_one_events_per_s", round(rebuilds.eventsPerSecond(one)));
            System.out.printf("measure: rebuild of %s: %s events/s%n", one, figures.get("rebuild_one_events_per_s"));
            figures.put("rebuild_all_projections", rebuilds.names().size());
            figures.put("rebuild_all_events_per_s", round(rebuilds.eventsPerSecond("all")));
            System.out.printf("measure: rebuild of all: %s events/s%n", figures.get("rebuild_all_events_per_s"));
            figures.put("rss_max_mb", memory.maxMegabytes());
        }
        new Report(figures, manifest, Path.of(options.required("pgbench")), Path.of(options.required("machine")))
                .write(Path.of(options.required("out")));
    }

    private static void reads(Http http, JsonNode manifest, String auditor, String admin, String reporting, int year,
                              boolean smoke, Map<String, Object> figures) {
        String region = Http.encode(manifest.path("region").asText());
        String longPair = manifest.path("longPairIds").path(0).asText();
        Duration warmup = Duration.ofSeconds(smoke ? 1 : 10);
        Latencies history = ClosedLoop.sequential(warmup, smoke ? 20 : 500,
                () -> http.get("/api/audit/pairs/" + longPair + "/history", auditor));
        figures.put("history_events", http.get("/api/audit/pairs/" + longPair + "/history", auditor).json()
                .path("totalEvents").asInt());
        put(figures, "history", history, 50, 99);
        Latencies kpi = ClosedLoop.sequential(warmup, smoke ? 10 : 200,
                () -> http.get("/api/v1/reports/kpi?region=" + region + "&year=" + year, reporting));
        put(figures, "kpi_region", kpi, 50, 95);
        int[] page = {0};
        Latencies bases = ClosedLoop.sequential(warmup, smoke ? 10 : 200,
                () -> http.get("/api/bases/mentees?region=" + region + "&size=50&page=" + (page[0]++ % 20), admin));
        put(figures, "bases_page", bases, 50, 95);
        Latencies xlsx = ClosedLoop.sequential(Duration.ZERO, smoke ? 2 : 5,
                () -> http.get("/api/v1/reports/monitoring-forms.xlsx?region=" + region + "&year=" + year, reporting));
        put(figures, "monitoring_xlsx", xlsx, 50, 100);
        System.out.printf("measure: history p99 %s ms, KPI p95 %s ms, bases p95 %s ms, XLSX %s ms%n",
                figures.get("history_p99_ms"), figures.get("kpi_region_p95_ms"), figures.get("bases_page_p95_ms"),
                figures.get("monitoring_xlsx_p50_ms"));
    }

    private static void commands(Http http, JsonNode manifest, String admin, LocalDate today, Duration window,
                                 Map<String, Object> figures) {
        String region = manifest.path("region").asText();
        String municipality = manifest.path("municipalities").path(0).asText();
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<String> appendPairs = pairs(manifest, 20, Integer.MAX_VALUE);
        for (int clients : CLIENTS) {
            ClosedLoop.Result create = ClosedLoop.run(clients, window, n -> http.post("/api/organizations", admin,
                    Map.of("name", "МБОУ СОШ бенчмарка " + run + "-" + clients + "-" + n,
                            "municipality", municipality, "region", region)));
            put(figures, "commands", clients, create);
            ClosedLoop.Result append = ClosedLoop.run(clients, window, n -> http.post(
                    "/api/pairs/" + appendPairs.get((int) (n % appendPairs.size())) + "/meetings", admin,
                    Map.of("type", "REGULAR", "date", today.toString(), "format", "IN_PERSON",
                            "topic", "Регулярная встреча")));
            put(figures, "append", clients, append);
            System.out.printf("measure: %2d connections: create %.0f/s (p50 %.1f, p99 %.1f ms, %d failed),"
                            + " append %.0f/s (p50 %.1f, p99 %.1f ms, %d failed)%n", clients, create.perSecond(),
                    create.p50(), create.p99(), create.failed(), append.perSecond(), append.p50(), append.p99(),
                    append.failed());
        }
    }

    /** Active pairs of the manifest from {@code from}, at most {@code count}. */
    private static List<String> pairs(JsonNode manifest, int from, int count) {
        List<String> pairs = new ArrayList<>();
        JsonNode active = manifest.path("activePairs");
        for (int i = from; i < active.size() && pairs.size() < count; i++) {
            pairs.add(active.path(i).path("pairId").asText());
        }
        if (pairs.isEmpty()) {
            throw new IllegalStateException("the manifest names too few active pairs");
        }
        return pairs;
    }

    private static void put(Map<String, Object> figures, String name, Latencies latencies, int low, int high) {
        figures.put(name + "_p" + low + "_ms", round(latencies.percentile(low)));
        figures.put(name + "_p" + (high == 100 ? "max" : high) + "_ms", round(latencies.percentile(high)));
        figures.put(name + "_samples", latencies.count());
        figures.put(name + "_failed", latencies.failures());
    }

    private static void put(Map<String, Object> figures, String name, int clients, ClosedLoop.Result result) {
        figures.put(name + "_per_s_c" + clients, round(result.perSecond()));
        figures.put(name + "_p50_ms_c" + clients, round(result.p50()));
        figures.put(name + "_p99_ms_c" + clients, round(result.p99()));
        figures.put(name + "_failed_c" + clients, result.failed());
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
