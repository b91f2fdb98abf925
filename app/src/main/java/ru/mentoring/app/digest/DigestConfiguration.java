package ru.mentoring.app.digest;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.mentoring.app.ui.MoscowCalendar;

import java.time.ZoneId;

/**
 * The digest task: a db-scheduler recurring task, daily at {@code mentoring.digest.time} in Moscow — with several
 * nodes one of them runs it each day, and a run missed while every node was down runs at the next start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DigestProperties.class)
class DigestConfiguration {

    static final String TASK = "daily-digest";
    private static final Logger LOG = LoggerFactory.getLogger(DigestConfiguration.class);

    @Bean
    RecurringTask<Void> dailyDigest(DailyDigests digests, DigestProperties properties, MoscowCalendar calendar) {
        if (!digests.on()) {
            LOG.info("Daily digests are off: no SMTP server is set (spring.mail.host)");
        }
        return Tasks.recurring(TASK, Schedules.daily(ZoneId.of("Europe/Moscow"), properties.time()))
                .execute((instance, context) -> digests.sendAll(calendar.today()));
    }
}
