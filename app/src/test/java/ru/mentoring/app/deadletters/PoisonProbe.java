package ru.mentoring.app.deadletters;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.organization.OrganizationHeadcountsSet;
import ru.mentoring.api.organization.OrganizationRegistered;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A processing group of the tests only (its processor is configured in the tests' application.yml, pooled with a
 * dead-letter queue like every projection): it refuses an organization whose name begins with {@link #POISON}
 * until the test {@link #cure(String) cures} that name, the way a bug fixed and deployed would. Every other
 * organization it takes, so a test sees the other sequences flow on. One whose name begins with {@link #HOLD} it
 * holds until released, which leaves its segment stuck behind the head. Unlike a SQL failure, a refusal here leaves
 * no transaction aborted, so the tests of the dead-letter API do not depend on how one is handled. One whose name
 * begins with {@link #HALF} it first writes down in {@link #WRITES}, then refuses until cured: what it wrote must
 * not outlive the refusal.
 */
@Component
@ProcessingGroup(PoisonProbe.GROUP)
public class PoisonProbe {

    public static final String GROUP = "poison-probe";
    public static final String POISON = "Отравленная";
    /** An organization so named holds its segment until {@link #release()}: a stuck segment, not a dead letter. */
    public static final String HOLD = "Задержанная";
    /** An organization so named is written to {@link #WRITES} before it is refused. */
    public static final String HALF = "Недописанная";
    /** The table the {@link #HALF} organizations are written to; the test that sends them creates it. */
    public static final String WRITES = "poison_probe_write";

    private final JdbcClient jdbc;

    private final CountDownLatch held = new CountDownLatch(1);

    private final Set<String> cured = ConcurrentHashMap.newKeySet();
    private final Set<OrganizationId> handled = ConcurrentHashMap.newKeySet();
    private final Set<OrganizationId> headcounts = ConcurrentHashMap.newKeySet();

    public PoisonProbe(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrganizationRegistered event) throws InterruptedException {
        if (event.name().startsWith(HALF)) {
            jdbc.sql("INSERT INTO " + WRITES + " (organization_id) VALUES (?) ON CONFLICT DO NOTHING")
                    .param(event.organizationId().value()).update();
        }
        if (event.name().startsWith(HOLD)) {
            // bounded, so a test that fails before releasing cannot hold the segment for the rest of the run
            held.await(60, TimeUnit.SECONDS);
        }
        if ((event.name().startsWith(POISON) || event.name().startsWith(HALF)) && !cured.contains(event.name())) {
            throw new IllegalStateException("Проба не принимает организацию «" + event.name() + "»");
        }
        handled.add(event.organizationId());
    }

    /** Headcounts it takes as they come: behind a parked registration they are parked too, in its sequence. */
    @EventHandler
    void on(OrganizationHeadcountsSet event) {
        headcounts.add(event.organizationId());
    }

    /** Lets a held organization through, and every later one. */
    public void release() {
        held.countDown();
    }

    public void cure(String name) {
        cured.add(name);
    }

    public boolean tookHeadcounts(OrganizationId organization) {
        return headcounts.contains(organization);
    }

    public boolean handled(OrganizationId organization) {
        return handled.contains(organization);
    }
}
