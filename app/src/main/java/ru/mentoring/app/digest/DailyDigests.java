package ru.mentoring.app.digest;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.roadmap.FindEscalations;
import ru.mentoring.api.roadmap.FindOverdueItems;
import ru.mentoring.api.roadmap.OverdueItem;
import ru.mentoring.api.roadmap.RoadMapLevel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The daily digest (ежедневная сводка): to each curator, the pairs of their organization's programs that need them
 * — first meeting overdue, stalled, feedback missing — and their organization's overdue road-map items; to each
 * municipal coordinator, the escalations of their municipality (its schools' items overdue for
 * {@code mentoring.road-maps.escalate-after-days}). Each line links to the page to act on; a message names no
 * mentor or mentee. Nobody with nothing overdue gets a message.
 * <p>
 * Only to signed-in users who gave an address ({@code ui_user.person_id}, the address in the person register) and
 * did not turn the digest off, and never to an erased person: the register no longer has their address. Once per
 * user and day however many nodes or runs ({@code digest_sent} is claimed before sending); nothing at all while
 * SMTP is not set.
 */
@Service
public class DailyDigests {

    private static final Logger LOG = LoggerFactory.getLogger(DailyDigests.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JdbcClient jdbc;
    private final QueryGateway queries;
    private final ObjectProvider<JavaMailSender> mail;
    private final DigestProperties properties;
    private final int escalateAfterDays;

    DailyDigests(JdbcClient jdbc, QueryGateway queries, ObjectProvider<JavaMailSender> mail,
                 DigestProperties properties,
                 @Value("${mentoring.road-maps.escalate-after-days:14}") int escalateAfterDays) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.mail = mail;
        this.properties = properties;
        this.escalateAfterDays = escalateAfterDays;
    }

    /** Whether digests go out: SMTP is set. */
    public boolean on() {
        return mail.getIfAvailable() != null;
    }

    /** Sends the day's digests not sent yet; how many were sent. */
    public int sendAll(LocalDate day) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (Recipient recipient : recipients()) {
            try {
                Optional<Digest> digest = compose(recipient, day);
                if (digest.isPresent() && claim(recipient, day, digest.get())) {
                    try {
                        send(sender, recipient, digest.get());
                        sent++;
                    } catch (MailException | MessagingException e) {
                        release(recipient, day);
                        LOG.warn("The digest of {} for {} could not be sent: {}", recipient.username(), day,
                                e.getMessage());
                    }
                }
            } catch (RuntimeException e) {
                LOG.error("The digest of {} for {} failed", recipient.username(), day, e);
            }
        }
        if (sent > 0) {
            LOG.info("Sent {} daily digests for {}", sent, day);
        }
        return sent;
    }

    private List<Recipient> recipients() {
        return jdbc.sql("""
                        SELECT u.username, u.role, u.region, u.municipality, u.organization, u.full_name, p.email
                          FROM ui_user u JOIN person_register p ON p.person_id = u.person_id
                         WHERE u.enabled AND u.digest_enabled AND p.erased_at IS NULL AND p.email IS NOT NULL
                           AND u.role IN ('ORGANIZATION_CURATOR', 'MUNICIPAL_COORDINATOR')
                         ORDER BY u.username""")
                .query((row, number) -> new Recipient(row.getString("username"),
                        ActorRole.valueOf(row.getString("role")), row.getString("region"),
                        row.getString("municipality"), row.getString("organization"), row.getString("full_name"),
                        row.getString("email")))
                .list();
    }

    /** What a recipient is told for the day, or nothing when nothing of theirs is overdue. */
    Optional<Digest> compose(Recipient recipient, LocalDate day) {
        List<PairLine> pairs = List.of();
        List<OverdueItem> items;
        if (recipient.role() == ActorRole.ORGANIZATION_CURATOR) {
            UUID organization = UUID.fromString(recipient.organization());
            pairs = pairs(organization);
            items = queries.query(new FindOverdueItems(RoadMapLevel.ORGANIZATION, organization, day),
                    ResponseTypes.multipleInstancesOf(OverdueItem.class)).join();
        } else {
            items = queries.query(new FindEscalations(recipient.region(), recipient.municipality(), day,
                    escalateAfterDays), ResponseTypes.multipleInstancesOf(OverdueItem.class)).join();
        }
        if (pairs.isEmpty() && items.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Digest(subject(day, pairs.size(), items.size()), text(recipient, day, pairs, items),
                pairs.size(), items.size()));
    }

    private List<PairLine> pairs(UUID organization) {
        return jdbc.sql("""
                        SELECT p.pair_id, p.form, v.title, p.first_meeting_overdue, p.stalled,
                               cardinality(p.feedback_missing) > 0 AS feedback_missing
                          FROM pair_progress p JOIN program_overview v ON v.program_id = p.program_id
                         WHERE v.organization_id = ? AND p.status = 'ACTIVE'
                           AND (p.first_meeting_overdue OR p.stalled OR cardinality(p.feedback_missing) > 0)
                         ORDER BY v.title, p.opened_at, p.pair_id""")
                .param(organization)
                .query((row, number) -> new PairLine(row.getObject("pair_id", UUID.class),
                        MentoringForm.valueOf(row.getString("form")).title(), row.getString("title"),
                        row.getBoolean("first_meeting_overdue"), row.getBoolean("stalled"),
                        row.getBoolean("feedback_missing")))
                .list();
    }

    private static String subject(LocalDate day, int pairs, int items) {
        return "Сводка на " + DAY.format(day) + ": требуют внимания пары — " + pairs + ", мероприятия — " + items;
    }

    private String text(Recipient recipient, LocalDate day, List<PairLine> pairs, List<OverdueItem> items) {
        StringBuilder text = new StringBuilder("Здравствуйте, ").append(recipient.fullName()).append("!\n\n")
                .append("Сводка системы наставничества на ").append(DAY.format(day)).append(".\n");
        if (!pairs.isEmpty()) {
            text.append("\nПары, которым нужно ваше внимание:\n");
            for (PairLine pair : pairs) {
                text.append("— ").append(pair.program()).append(", пара «").append(pair.form()).append("»: ")
                        .append(pair.reasons()).append("\n  ").append(properties.baseUrl()).append("/ui/pairs/")
                        .append(pair.pairId()).append('\n');
            }
        }
        if (!items.isEmpty()) {
            text.append(recipient.role() == ActorRole.ORGANIZATION_CURATOR
                    ? "\nПросроченные мероприятия дорожной карты:\n"
                    : "\nМероприятия школ муниципалитета, просроченные более чем на " + escalateAfterDays
                    + " дн.:\n");
            for (OverdueItem item : items) {
                text.append("— ").append(item.roadMapTitle()).append(", п. ").append(item.number()).append(" «")
                        .append(item.activity()).append("»: срок ").append(DAY.format(item.dueDate()))
                        .append(", просрочено на ").append(item.daysOverdue()).append(" дн.\n  ")
                        .append(properties.baseUrl()).append("/ui/road-maps/").append(item.roadMapId())
                        .append('\n');
            }
        }
        text.append("\nОтключить сводку или сменить адрес: ").append(properties.baseUrl())
                .append("/ui/account/digest\n");
        return text.toString();
    }

    private boolean claim(Recipient recipient, LocalDate day, Digest digest) {
        return jdbc.sql("""
                        INSERT INTO digest_sent (username, day, pairs, items) VALUES (?, ?, ?, ?)
                        ON CONFLICT (username, day) DO NOTHING""")
                .params(recipient.username(), day, digest.pairs(), digest.items())
                .update() == 1;
    }

    private void release(Recipient recipient, LocalDate day) {
        jdbc.sql("DELETE FROM digest_sent WHERE username = ? AND day = ?").params(recipient.username(), day).update();
    }

    private void send(JavaMailSender sender, Recipient recipient, Digest digest) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(recipient.email());
        helper.setSubject(digest.subject());
        helper.setText(digest.text(), false);
        sender.send(message);
    }

    /** Someone who may get a digest. */
    record Recipient(String username, ActorRole role, String region, String municipality, String organization,
                     String fullName, String email) {
    }

    /** One message. */
    record Digest(String subject, String text, int pairs, int items) {
    }

    private record PairLine(UUID pairId, String form, String program, boolean firstMeetingOverdue, boolean stalled,
                            boolean feedbackMissing) {

        String reasons() {
            List<String> reasons = new java.util.ArrayList<>();
            if (firstMeetingOverdue) {
                reasons.add("первая встреча не проведена в срок");
            }
            if (stalled) {
                reasons.add("давно не встречались");
            }
            if (feedbackMissing) {
                reasons.add("нет обратной связи к сроку");
            }
            return String.join("; ", reasons);
        }
    }
}
