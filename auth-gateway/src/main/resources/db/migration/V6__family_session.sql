-- The sessions a family opened (sign-in or registration), kept while they could still be refreshed: the sign-in
-- history a family downloads with its data (auth-gateway/README.md "Données personnelles"), and what lets
-- "Supprimer mes données" revoke every session of the family at once (revoked_session), not only this browser's.
CREATE TABLE family_session (
    session_id   VARCHAR(36) NOT NULL,
    customer_id  BIGINT      NOT NULL,
    signed_in_at DATETIME(6) NOT NULL,
    expires_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (session_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_family_session_customer ON family_session (customer_id, signed_in_at);
CREATE INDEX ix_family_session_expires ON family_session (expires_at);
