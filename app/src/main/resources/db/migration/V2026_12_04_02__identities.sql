-- Every identity has one role and one scope: the installation (OPERATOR), a region, a municipality of a region,
-- or an organization. Curators keep their organization; regional and municipal staff now name their territory.
ALTER TABLE ui_user DROP CONSTRAINT ui_user_role_check;
ALTER TABLE ui_user
    ADD COLUMN region          VARCHAR(300),
    ADD COLUMN municipality    VARCHAR(300),
    ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN locked_until    TIMESTAMP WITH TIME ZONE,
    ADD CONSTRAINT ui_user_role_check CHECK (role IN ('OPERATOR', 'REGIONAL_ADMINISTRATOR', 'MUNICIPAL_COORDINATOR',
                                                      'ORGANIZATION_CURATOR', 'AUDITOR'));

-- API clients: the client-credentials grant of the embedded issuer. The secret is shown once and kept as a
-- BCrypt hash; a revoked client's tokens are refused from its next call on.
CREATE TABLE api_client (
    client_id       VARCHAR(100) PRIMARY KEY,
    name            VARCHAR(300) NOT NULL,
    secret_hash     VARCHAR(100) NOT NULL,
    role            VARCHAR(40)  NOT NULL CHECK (role IN ('OPERATOR', 'REGIONAL_ADMINISTRATOR', 'MUNICIPAL_COORDINATOR',
                                                          'ORGANIZATION_CURATOR', 'AUDITOR', 'REPORTING_SERVICE')),
    region          VARCHAR(300),
    municipality    VARCHAR(300),
    organization_id UUID,
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    last_used_at    TIMESTAMP WITH TIME ZONE,
    revoked_at      TIMESTAMP WITH TIME ZONE
);

-- The embedded issuer's signing key, shared by every node and kept across restarts.
CREATE TABLE oauth2_signing_key (
    key_id      VARCHAR(100) PRIMARY KEY,
    private_key TEXT                     NOT NULL,
    public_key  TEXT                     NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

-- Before scopes, a regional administrator administered the whole installation: such users become its operators,
-- who give each region its administrators. Coordinators and auditors without a territory can do nothing until
-- the operator gives them accounts with one.
UPDATE ui_user SET role = 'OPERATOR' WHERE role = 'REGIONAL_ADMINISTRATOR' AND region IS NULL;
