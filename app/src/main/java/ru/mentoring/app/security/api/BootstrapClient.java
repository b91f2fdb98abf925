package ru.mentoring.app.security.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import ru.mentoring.api.common.ActorRole;

/**
 * For automation: when {@code mentoring.api.bootstrap.client.id} and {@code .secret}
 * ({@code MENTORING_API_BOOTSTRAP_CLIENT_ID}, {@code MENTORING_API_BOOTSTRAP_CLIENT_SECRET}) are set, the first
 * start registers that one {@code OPERATOR} client; later starts leave it (and a revocation of it) alone.
 */
@Component
class BootstrapClient implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapClient.class);

    private final ApiClients clients;
    private final PasswordEncoder passwords;
    private final String clientId;
    private final String secret;

    BootstrapClient(ApiClients clients, PasswordEncoder passwords,
                    @Value("${mentoring.api.bootstrap.client.id:}") String clientId,
                    @Value("${mentoring.api.bootstrap.client.secret:}") String secret) {
        this.clients = clients;
        this.passwords = passwords;
        this.clientId = clientId;
        this.secret = secret;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (clientId.isBlank() || secret.isBlank() || clients.find(clientId).isPresent()) {
            return;
        }
        try {
            clients.add(new ApiClient(clientId, "Начальный клиент автоматизации", ActorRole.OPERATOR, null, null, null,
                    "bootstrap", null, null, null), passwords.encode(secret));
            log.info("API: registered the bootstrap operator client '{}'", clientId);
        } catch (org.springframework.dao.DuplicateKeyException anotherNodeWasFirst) {
            log.info("API: the bootstrap client '{}' was registered by another node", clientId);
        }
    }
}
