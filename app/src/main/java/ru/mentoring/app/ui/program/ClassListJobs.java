package ru.mentoring.app.ui.program;

import jakarta.annotation.PreDestroy;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.command.program.ClassList;
import ru.mentoring.command.program.ClassListImport;
import ru.mentoring.command.common.table.Table;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Class lists being imported from the admin UI, one job each, run in the background on the node that was asked
 * while their progress — rows done of all, then the outcome — is kept in {@code class_list_job}, so that the page
 * shows it whichever node it asks. A job is only its starter's to see.
 */
@Component
public class ClassListJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ClassListJobs.class);
    private static final int PROGRESS_STEP = 10;

    private final ClassListImport imports;
    private final JdbcClient jdbc;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "class-list-import");
        thread.setDaemon(true);
        return thread;
    });

    ClassListJobs(ClassListImport imports, JdbcClient jdbc) {
        this.imports = imports;
        this.jdbc = jdbc;
    }

    /** Starts importing the table; the job's id. */
    UUID start(ProgramId program, ClassList.Base base, Table table, int rows, String username, MetaData origin) {
        UUID job = UUID.randomUUID();
        jdbc.sql("DELETE FROM class_list_job WHERE updated_at < now() - interval '1 day'").update();
        jdbc.sql("""
                        INSERT INTO class_list_job (job_id, program_id, base, username, total, state)
                        VALUES (?, ?, ?, ?, ?, 'RUNNING')""")
                .params(job, program.value(), base.name(), username, rows).update();
        executor.submit(() -> run(job, program, base, table, origin));
        return job;
    }

    /** The job as it stands, if it is this user's. */
    Optional<Job> find(UUID job, UUID program, String username) {
        return jdbc.sql("""
                        SELECT base, total, done, state, message, imported, registered, recognised FROM class_list_job
                         WHERE job_id = ? AND program_id = ? AND username = ?""")
                .params(job, program, username)
                .query((row, number) -> new Job(row.getString("base"), row.getInt("total"), row.getInt("done"),
                        row.getString("state"), row.getString("message"), (Integer) row.getObject("imported"),
                        (Integer) row.getObject("registered"), (Integer) row.getObject("recognised")))
                .optional();
    }

    private void run(UUID job, ProgramId program, ClassList.Base base, Table table, MetaData origin) {
        try {
            // the bar moves in steps of PROGRESS_STEP rows: a statement a row would double the list's cost
            ClassListImport.Outcome outcome = imports.run(program, base, table, origin, done -> {
                if (done % PROGRESS_STEP == 0) {
                    jdbc.sql("UPDATE class_list_job SET done = ?, updated_at = now() WHERE job_id = ?")
                            .params(done, job).update();
                }
            });
            jdbc.sql("""
                            UPDATE class_list_job SET state = 'DONE', done = total, imported = ?, registered = ?,
                                   recognised = ?, updated_at = now() WHERE job_id = ?""")
                    .params(outcome.imported(), outcome.registered(), outcome.recognised(), job).update();
        } catch (ClassListImport.Rejected rejected) {
            finish(job, "REFUSED", rejected.rows().stream().map(row -> "строка " + row.line() + ": " + row.reason())
                    .collect(Collectors.joining("; ")));
        } catch (RuntimeException e) {
            LOG.error("The class list job {} failed", job, e);
            finish(job, "FAILED", "загрузка прервалась, ничего не внесено — попробуйте ещё раз");
        }
    }

    private void finish(UUID job, String state, String message) {
        jdbc.sql("UPDATE class_list_job SET state = ?, message = ?, updated_at = now() WHERE job_id = ?")
                .params(state, message, job).update();
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    /** A job's progress and, once over, its outcome. */
    public record Job(String base, int total, int done, String state, String message, Integer imported, Integer registered,
               Integer recognised) {

        public boolean running() {
            return "RUNNING".equals(state);
        }

        public int percent() {
            return total == 0 ? 100 : Math.min(100, 100 * done / total);
        }
    }
}
