package ru.mentoring.app.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import java.util.Arrays;

/**
 * A one-off task of the installation's owner, run instead of serving: the application starts (its web server on a
 * free port of the loopback only), migrates as usual, does the task, logs what it did and exits — 0 when done, 1 when refused or failed.
 * The only task is {@code reseal-legacy-texts} ({@link LegacyTextResealing}):
 * {@code java -jar mentoring-app-exec.jar --mentoring.maintenance.task=reseal-legacy-texts}, with
 * {@code --mentoring.maintenance.dry-run=true} to see what it would do.
 */
@Component
@ConditionalOnProperty(name = MaintenanceTask.PROPERTY, havingValue = MaintenanceTask.RESEAL_LEGACY_TEXTS)
public class MaintenanceTask implements ApplicationRunner {

    static final String PROPERTY = "mentoring.maintenance.task";
    static final String RESEAL_LEGACY_TEXTS = "reseal-legacy-texts";
    private static final Logger LOG = LoggerFactory.getLogger(MaintenanceTask.class);

    private final LegacyTextResealing resealing;
    private final ConfigurableApplicationContext context;
    private final boolean dryRun;

    MaintenanceTask(LegacyTextResealing resealing, ConfigurableApplicationContext context,
                    @Value("${mentoring.maintenance.dry-run:false}") boolean dryRun) {
        this.resealing = resealing;
        this.context = context;
        this.dryRun = dryRun;
    }

    /** Whether the command line or the environment asks for a maintenance task rather than a serving node. */
    public static boolean requested(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith("--" + PROPERTY + "="))
                || System.getenv("MENTORING_MAINTENANCE_TASK") != null
                || System.getProperty(PROPERTY) != null;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code;
        try {
            LegacyTextResealing.Outcome outcome = resealing.run(dryRun, System.getProperty("user.name"));
            LOG.info("Resealing of the texts stored in the clear {}: {} events read, {} rewritten in {} aggregates, "
                            + "{} texts sealed, {} left in the clear (about no one), {} road-map names sealed, {} "
                            + "erasure reasons dropped, {} erased people given a shredded key, {} links and {} seals "
                            + "made again, {} snapshots dropped, {} dead letters rewritten; checkpoint {} → {}, "
                            + "verified after: {}, record: {}",
                    outcome.dryRun() ? "(dry run: nothing was changed)" : "done", outcome.eventsRead(),
                    outcome.eventsRewritten(), outcome.aggregatesRewritten(), outcome.textsSealed(),
                    outcome.textsAboutNoOne(), outcome.namesSealed(), outcome.reasonsDropped(),
                    outcome.erasedPeopleShredded(), outcome.linksMadeAgain(), outcome.sealsMadeAgain(),
                    outcome.snapshotsDropped(), outcome.deadLettersRewritten(), outcome.checkpointBefore(),
                    outcome.checkpointAfter(), outcome.verifiedAfter(), outcome.record());
            code = 0;
        } catch (LegacyTextResealing.ResealingRefused refused) {
            LOG.error("Resealing refused, nothing was changed: {}", refused.getMessage());
            code = 1;
        } catch (RuntimeException e) {
            LOG.error("Resealing failed; its transaction was rolled back and nothing was changed", e);
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
