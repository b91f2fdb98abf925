package ru.mentoring.bench.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.app.MentoringApplication;
import ru.mentoring.command.roadmap.RoadMapTemplates;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Generates a region: starts the application's own context against the database named on the command line
 * (with its web server on a free loopback port that nothing calls: the application's security configuration
 * needs a servlet context to start), sends the region's history through the real command bus as the region's
 * administrator (the identity a migration of the region's records would run as), waits until the projections
 * have caught up and the deadlines already due have fired, writes the manifest the harness reads, and exits.
 *
 * <p>Business dates run over the last school year and the current one up to today by the real clock, so every
 * date the aggregates check against today lies in the past and the application's own clock needs no change.
 */
public final class RegionGenerator {

    private RegionGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        double scale = options.number("scale", 0.01);
        long seed = options.integer("seed", 1);
        int threads = options.integer("threads", 4);
        Path manifest = Path.of(options.text("manifest", "bench/target/region.json"));
        RegionShape shape = RegionShape.of(scale, seed, LocalDate.now(ZoneId.of("Europe/Moscow")));
        System.setProperty("axoniq.update-checker.disabled", "true");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(MentoringApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--server.address=127.0.0.1",
                        "--spring.datasource.url=" + options.required("db-url"),
                        "--spring.datasource.username=" + options.text("db-user", "postgres"),
                        "--spring.datasource.password=" + options.text("db-password", "postgres"),
                        // a sending thread may hold two connections (its batch's, the deadline manager's); the
                        // processors and db-scheduler share the rest
                        "--spring.datasource.hikari.maximum-pool-size=" + options.integer("pool", 2 * threads + 10),
                        "--spring.main.banner-mode=off",
                        // a batch's commands are units of work nested in the batch's own, which all end with it:
                        // a batch of a few hundred commands may take longer than the minute allowed one command
                        "--axon.timeout.transaction.command-bus.timeout-ms=1800000",
                        "--axon.timeout.transaction.command-bus.warning-threshold-ms=600000",
                        "--axon.timeout.handler.commands.timeout-ms=1800000",
                        "--axon.timeout.handler.commands.warning-threshold-ms=600000",
                        "--logging.level.root=WARN");
        int status = 0;
        try {
            status = generate(context, shape, scale, threads, manifest);
        } finally {
            context.close();
        }
        System.exit(status);
    }

    private static int generate(ConfigurableApplicationContext context, RegionShape shape, double scale, int threads,
                                Path manifest) throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(dataSource);
        MetaData actor = MetaData.from(new Actor("bench-region-migration", ActorRole.REGIONAL_ADMINISTRATOR,
                shape.region(), null, null).asMetaData());
        Batches batches = new Batches(context.getBean(CommandGateway.class),
                context.getBean(TransactionManager.class), actor);
        RegionLoad load = new RegionLoad(shape, batches, jdbc, context.getBean(RoadMapTemplates.class), threads);
        Progress progress = new Progress(jdbc, context.getBean(EventProcessingConfiguration.class),
                context.getBean(EventStore.class));
        System.out.printf("generator: scale %s, seed %d, %d organizations in %d municipalities, %d threads%n",
                scale, shape.seed(), shape.organizations(), shape.municipalities(), threads);
        long started = System.nanoTime();
        progress.start();
        try {
            load.run();
        } finally {
            progress.stop();
        }
        double commandsSeconds = (System.nanoTime() - started) / 1e9;
        progress.awaitQuiet();
        double seconds = (System.nanoTime() - started) / 1e9;
        long events = progress.events();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("region", shape.region());
        out.put("scale", scale);
        out.put("seed", shape.seed());
        out.put("municipalities", shape.municipalityNames());
        out.put("organizations", shape.organizations());
        out.put("programs", load.made.size());
        out.put("participants", load.made.size() * (long) (shape.mentors() + shape.menteesPerProgram()));
        out.put("pairsAndGroups", load.made.stream().mapToLong(program -> program.pairs().size()).sum());
        out.put("roadMaps", load.roadMapsMade.get());
        out.put("events", events);
        out.put("commandsSent", batches.sent());
        out.put("commandsRefused", batches.refused());
        out.put("stepsFailed", batches.failed());
        out.put("generationSeconds", Math.round(seconds));
        out.put("commandsSeconds", Math.round(commandsSeconds));
        out.put("eventsPerSecond", Math.round(events / seconds));
        out.put("currentYear", shape.currentYear());
        out.put("organizationIds", load.made.stream().filter(GeneratedProgram::completed)
                .map(program -> shape.id("org/" + program.organization()).toString()).limit(100).toList());
        out.put("programIds", load.made.stream().map(program -> program.id().toString()).limit(100).toList());
        out.put("longPairIds", load.longPairs);
        out.put("activePairs", load.activePairs.stream().limit(2000).map(pair -> Map.of("pairId",
                pair.id().toString(), "mentorId", pair.mentors().get(0).toString(),
                "menteeId", pair.mentees().get(0).toString())).toList());
        Files.createDirectories(manifest.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(manifest.toFile(), out);
        System.out.printf("generator: %d events in %.0f s (%.0f events/s; commands done in %.0f s), %d commands,"
                        + " %d refused by a rule; manifest %s%n", events, seconds, events / seconds, commandsSeconds,
                batches.sent(), batches.refused(), manifest);
        return 0;
    }
}
