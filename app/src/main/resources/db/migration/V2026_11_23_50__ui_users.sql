-- The people who sign in to the admin UI. Passwords are BCrypt hashes; the role is the one every command
-- they send through the UI carries (ActorRole), the organization the one they act for (empty for regional staff).
CREATE TABLE ui_user (
    username      VARCHAR(100) PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(40)  NOT NULL CHECK (role IN ('REGIONAL_ADMINISTRATOR', 'MUNICIPAL_COORDINATOR',
                                                        'ORGANIZATION_CURATOR', 'AUDITOR')),
    organization  VARCHAR(200),
    full_name     VARCHAR(300) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE
);
