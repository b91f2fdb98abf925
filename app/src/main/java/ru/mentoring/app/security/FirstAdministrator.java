package ru.mentoring.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.mentoring.api.common.ActorRole;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * On the first start, when no one can sign in yet, creates the installation's operator named in
 * {@link FirstAdministratorProperties}, who then gives each region its administrators. Several nodes starting
 * at once on an empty database create one operator: the insert takes a transaction-level advisory lock first.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final long LOCK = 0x6d656e746f72L;

    private final UiUsers users;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final FirstAdministratorProperties properties;

    FirstAdministrator(UiUsers users, JdbcClient jdbc, PasswordEncoder passwords,
                       FirstAdministratorProperties properties) {
        this.users = users;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query().singleValue();
        if (!users.none()) {
            return;
        }
        String password = properties.password() != null ? properties.password() : generated();
        users.add(new UiUser(properties.username(), passwords.encode(password), ActorRole.OPERATOR, null, null, null,
                "Оператор", true, false));
        if (properties.password() == null) {
            log.warn("Admin UI: created the operator '{}' with the one-time password {} — sign in and change it "
                    + "(or set MENTORING_UI_FIRSTADMIN_PASSWORD before the first start)", properties.username(),
                    password);
        } else {
            log.info("Admin UI: created the operator '{}'", properties.username());
        }
    }

    private static String generated() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
