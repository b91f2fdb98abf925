package ru.mentoring.app.digest;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.LocalTime;

/**
 * When and how digests go out ({@code mentoring.digest.*}); whether they go out at all is whether SMTP is set
 * ({@code spring.mail.host}).
 *
 * @param time    the time of day, in Moscow, the digest task runs (default 07:00)
 * @param from    the sender's address
 * @param baseUrl the address of the admin UI as users reach it, for the links in the messages
 */
@ConfigurationProperties("mentoring.digest")
public record DigestProperties(LocalTime time, String from, String baseUrl) {

    public DigestProperties {
        time = time == null ? LocalTime.of(7, 0) : time;
        from = from == null || from.isBlank() ? "mentoring@localhost" : from;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
    }
}
