package ru.mentoring.app.web.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How long idempotency keys are kept ({@code mentoring.idempotency.retention}, at least a day by default, so that a
 * client may retry a command for that long) and after how long a key whose command never finished — its node died
 * while it ran — may be claimed again ({@code mentoring.idempotency.abandoned-after}).
 */
@ConfigurationProperties("mentoring.idempotency")
public record IdempotencyProperties(Duration retention, Duration abandonedAfter) {

    public IdempotencyProperties {
        retention = retention == null ? Duration.ofHours(24) : retention;
        abandonedAfter = abandonedAfter == null ? Duration.ofMinutes(2) : abandonedAfter;
    }
}
