package ru.mentoring.bench.generator;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.organization.RegisterOrganization;
import ru.mentoring.api.organization.SetOrganizationHeadcounts;
import ru.mentoring.api.reporting.Kpi;
import ru.mentoring.api.reporting.SetKpiTargets;
import ru.mentoring.api.reporting.SetTerritoryFigures;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.command.roadmap.RoadMapTemplates;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Loads a whole region in three passes over its organizations, each spread over the generator's threads:
 * organizations with their headcounts, their two programs prepared up to the fixing order, their road maps;
 * then, once the pair policy has opened a program's pairs, the pairs' work and the closing of last year's
 * program; the territories' figures and targets and the municipalities' road maps on the side.
 */
final class RegionLoad {

    private static final Duration PAIRS_OPENED_WITHIN = Duration.ofMinutes(10);

    private final RegionShape shape;
    private final Batches batches;
    private final NamedParameterJdbcTemplate jdbc;
    private final ProgramLoader programs;
    private final PairLoader pairs;
    private final RoadMapLoader roadMaps;
    private final int threads;
    final List<GeneratedProgram> made = Collections.synchronizedList(new ArrayList<>());
    final List<String> longPairs = Collections.synchronizedList(new ArrayList<>());
    final List<GeneratedProgram.Pair> activePairs = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger roadMapsMade = new AtomicInteger();

    RegionLoad(RegionShape shape, Batches batches, NamedParameterJdbcTemplate jdbc, RoadMapTemplates templates,
               int threads) {
        this.shape = shape;
        this.batches = batches;
        this.jdbc = jdbc;
        this.programs = new ProgramLoader(shape, batches);
        this.pairs = new PairLoader(shape, batches);
        this.roadMaps = new RoadMapLoader(shape, batches, templates);
        this.threads = threads;
    }

    void run() {
        int current = shape.currentYear();
        inParallel("organizations and programs", organization -> {
            Random random = random(organization, 1);
            OrganizationId id = new OrganizationId(shape.id("org/" + organization));
            // alone: the policy finds the organization (and its territories) only once its registration is stored
            batches.inOne(send -> send.send(new RegisterOrganization(id, shape.organizationName(organization),
                    shape.municipalityOf(organization), shape.region())));
            batches.inOne(send -> {
                for (int year = current - 1; year <= current; year++) {
                    send.send(new SetOrganizationHeadcounts(id, year + 1, 500 + random.nextInt(900),
                            40 + random.nextInt(60)));
                }
            });
            made.add(programs.prepare(organization, current - 1, true, random));
            made.add(programs.prepare(organization, current, false, random));
            if (roadMaps.load("org/" + organization + "/road-map", RoadMapLoader.SCHOOL_TEMPLATE, id.value(),
                    random)) {
                roadMapsMade.incrementAndGet();
            }
        });
        territories(current);
        List<GeneratedProgram> prepared = List.copyOf(made);
        inParallel("pairs and closing", index -> {
            GeneratedProgram program = prepared.get(index);
            Random random = random(index, 2);
            awaitPairsOpened(program);
            pairs.work(program, random, longPairs, activePairs);
            if (program.completed()) {
                programs.close(program, random);
            }
        }, prepared.size());
    }

    private void territories(int current) {
        for (int year = current - 1; year <= current; year++) {
            int reportYear = year + 1;
            Random random = random(year, 3);
            batches.tryOne(new SetTerritoryFigures(TerritoryId.of(shape.region(), null), reportYear,
                    180_000 + random.nextInt(20_000), 90_000, 1_200, 300));
            Map<Kpi, Integer> targets = new EnumMap<>(Kpi.class);
            for (Kpi kpi : Kpi.values()) {
                targets.put(kpi, 10 + random.nextInt(60));
            }
            batches.tryOne(new SetKpiTargets(TerritoryId.of(shape.region(), null), reportYear, targets));
            for (String municipality : shape.municipalityNames()) {
                batches.tryOne(new SetTerritoryFigures(TerritoryId.of(shape.region(), municipality), reportYear,
                        9_000 + random.nextInt(2_000), 4_500, 60, 15));
            }
        }
        for (int i = 0; i < shape.municipalities(); i++) {
            TerritoryId territory = TerritoryId.of(shape.region(), shape.municipality(i));
            if (roadMaps.load("municipality/" + i + "/road-map", RoadMapLoader.MUNICIPAL_TEMPLATE, territory.uuid(),
                    random(i, 4))) {
                roadMapsMade.incrementAndGet();
            }
        }
    }

    /** The pair policy opens a program's pairs in its own time, after the order that fixed them is stored. */
    private void awaitPairsOpened(GeneratedProgram program) {
        List<String> ids = program.pairs().stream().map(pair -> pair.id().toString()).toList();
        Instant deadline = Instant.now().plus(PAIRS_OPENED_WITHIN);
        while (true) {
            Long opened = jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE sequencenumber = 0"
                    + " AND aggregateidentifier IN (:ids)", Map.of("ids", ids), Long.class);
            if (opened != null && opened == ids.size()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the pair policy opened " + opened + " of " + ids.size()
                        + " pairs of program " + program.id() + " in " + PAIRS_OPENED_WITHIN);
            }
            sleep(200);
        }
    }

    private void inParallel(String pass, IntConsumer work) {
        inParallel(pass, work, shape.organizations());
    }

    private void inParallel(String pass, IntConsumer work, int count) {
        System.out.printf("generator: %s (%d)%n", pass, count);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        work.accept(i);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("the generator's pass «" + pass + "» failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    private Random random(int index, int pass) {
        return new Random(shape.seed() * 1_000_003L + index * 31L + pass);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
