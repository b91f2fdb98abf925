package ru.mentoring.bench.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run's one table: the machine, the region, pgbench's figures beside the application's, as Markdown
 * ({@code <out>.md}, printed too) and JSON ({@code <out>.json}).
 */
final class Report {

    private final Map<String, Object> figures;
    private final JsonNode manifest;
    private final Map<String, String> machine = new LinkedHashMap<>();

    Report(Map<String, Object> application, JsonNode manifest, Path pgbench, Path machineFile) throws IOException {
        this.manifest = manifest;
        for (String line : Files.readAllLines(machineFile)) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                machine.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            }
        }
        figures = new LinkedHashMap<>();
        // lines of "script clients transactions-per-second", as bench/run writes them
        for (String line : Files.readAllLines(pgbench)) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length == 3) {
                figures.put("pgbench_" + parts[0] + "_tx_per_s_c" + parts[1],
                        Measurements.round(Double.parseDouble(parts[2])));
            }
        }
        figures.putAll(application);
        for (int clients : Measurements.CLIENTS) {
            ratio("ratio_command_c" + clients, "commands_per_s_c" + clients, "pgbench_command_tx_per_s_c" + clients);
            ratio("ratio_append_c" + clients, "append_per_s_c" + clients, "pgbench_command_tx_per_s_c" + clients);
        }
    }

    void write(Path out) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("machine", machine);
        json.put("region", Map.of("scale", manifest.path("scale").asDouble(), "organizations",
                manifest.path("organizations").asInt(), "participants", manifest.path("participants").asLong(),
                "pairs_and_groups", manifest.path("pairsAndGroups").asLong(),
                "events", manifest.path("events").asLong(),
                "generation_seconds", manifest.path("generationSeconds").asLong(),
                "generation_events_per_s", manifest.path("eventsPerSecond").asLong()));
        json.putAll(figures);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Http.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(out.resolveSibling(out.getFileName() + ".json").toFile(), json);
        String table = markdown();
        Files.writeString(out.resolveSibling(out.getFileName() + ".md"), table);
        System.out.println(table);
    }

    private String markdown() {
        StringBuilder md = new StringBuilder("# Benchmark\n\n");
        machine.forEach((key, value) -> md.append("- ").append(key).append(": ").append(value).append('\n'));
        md.append(String.format("- region: scale %s — %d organizations, %d participants, %d pairs and groups,"
                        + " %d events, generated in %d s (%d events/s)%n%n", manifest.path("scale").asText(),
                manifest.path("organizations").asInt(), manifest.path("participants").asLong(),
                manifest.path("pairsAndGroups").asLong(), manifest.path("events").asLong(),
                manifest.path("generationSeconds").asLong(), manifest.path("eventsPerSecond").asLong()));
        md.append("| measure | 1 client | 4 clients | 16 clients |\n| --- | --- | --- | --- |\n");
        row(md, "pgbench single insert, tx/s", "pgbench_insert_tx_per_s_c");
        row(md, "pgbench command-shaped tx, tx/s", "pgbench_command_tx_per_s_c");
        row(md, "create `POST /api/organizations`, commands/s", "commands_per_s_c");
        row(md, "create p50 / p99, ms", "commands_p50_ms_c", "commands_p99_ms_c");
        row(md, "append `POST /api/pairs/{id}/meetings`, commands/s", "append_per_s_c");
        row(md, "append p50 / p99, ms", "append_p50_ms_c", "append_p99_ms_c");
        row(md, "create ÷ pgbench command tx", "ratio_command_c");
        row(md, "append ÷ pgbench command tx", "ratio_append_c");
        md.append("\n| measure | value |\n| --- | --- |\n");
        for (List<String> line : List.of(
                List.of("rebuild of one projection (" + figures.get("rebuild_one_projection") + "), events/s",
                        "rebuild_one_events_per_s"),
                List.of("rebuild of all projections, events/s", "rebuild_all_events_per_s"),
                List.of("audit history of a " + figures.get("history_events") + "-event pair, p50 ms",
                        "history_p50_ms"),
                List.of("audit history, p99 ms", "history_p99_ms"),
                List.of("KPI report of the region, p95 ms", "kpi_region_p95_ms"),
                List.of("bases page of the region (50 mentees), p95 ms", "bases_page_p95_ms"),
                List.of("monitoring-form XLSX of the region, median ms", "monitoring_xlsx_p50_ms"),
                List.of("projection lag under " + figures.get("lag_load_target_per_s") + " commands/s (achieved "
                        + figures.get("lag_load_achieved_per_s") + "), p99 ms", "lag_p99_ms"),
                List.of("resident memory of the application, max MB", "rss_max_mb"))) {
            md.append("| ").append(line.get(0)).append(" | ").append(figures.getOrDefault(line.get(1), "–"))
                    .append(" |\n");
        }
        return md.toString();
    }

    private void row(StringBuilder md, String label, String key) {
        md.append("| ").append(label);
        for (int clients : Measurements.CLIENTS) {
            md.append(" | ").append(figures.getOrDefault(key + clients, "–"));
        }
        md.append(" |\n");
    }

    private void row(StringBuilder md, String label, String low, String high) {
        md.append("| ").append(label);
        for (int clients : Measurements.CLIENTS) {
            md.append(" | ").append(figures.getOrDefault(low + clients, "–")).append(" / ")
                    .append(figures.getOrDefault(high + clients, "–"));
        }
        md.append(" |\n");
    }

    private void ratio(String key, String numerator, String denominator) {
        if (figures.get(numerator) instanceof Number n && figures.get(denominator) instanceof Number d
                && d.doubleValue() > 0) {
            figures.put(key, Math.round(n.doubleValue() / d.doubleValue() * 100) / 100.0);
        }
    }
}
