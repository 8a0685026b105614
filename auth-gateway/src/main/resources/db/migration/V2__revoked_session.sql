-- Sessions ended by their viewer (logout): their tokens are refused by the gateway and never refreshed again.
-- A row is useless once the session could not be refreshed anyway (expires_at) and is purged then.
CREATE TABLE revoked_session (
    session_id VARCHAR(36) NOT NULL,
    revoked_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    PRIMARY KEY (session_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_revoked_session_expires ON revoked_session (expires_at);
