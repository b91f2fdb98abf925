package ru.mentoring.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.mentoring.api.common.ActorRole;

/**
 * On the first start, when no one can sign in to the admin UI, creates the regional administrator named in
 * {@link FirstAdministratorProperties}; later starts leave the users as they are.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UiUsers users;
    private final PasswordEncoder passwords;
    private final FirstAdministratorProperties properties;

    FirstAdministrator(UiUsers users, PasswordEncoder passwords, FirstAdministratorProperties properties) {
        this.users = users;
        this.passwords = passwords;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!users.none()) {
            return;
        }
        users.add(new UiUser(properties.username(), passwords.encode(properties.password()),
                ActorRole.REGIONAL_ADMINISTRATOR, null, "Администратор", true));
        log.info("Admin UI: created the first administrator '{}'", properties.username());
        if (FirstAdministratorProperties.SHIPPED_PASSWORD.equals(properties.password())) {
            log.warn("Admin UI: the first administrator has the shipped password; set "
                    + "mentoring.ui.first-admin.password (MENTORING_UI_FIRSTADMIN_PASSWORD) before going live");
        }
    }
}
