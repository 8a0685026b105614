-- Editors sign in with accounts of their own; sessions live on the server so signing out or disabling an account
-- ends them at once.
CREATE TABLE editor_account (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    email           VARCHAR(254) NOT NULL,
    display_name    VARCHAR(120) NOT NULL,
    password_hash   VARCHAR(100) NOT NULL,
    role            VARCHAR(16)  NOT NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME(6)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_editor_account_email UNIQUE (email),
    CONSTRAINT ck_editor_account_role CHECK (role IN ('ADMIN', 'EDITOR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE editor_session (
    -- SHA-256 of the cookie's token: a copy of the table does not let anyone sign in.
    token_hash   CHAR(64)    NOT NULL,
    account_id   BIGINT      NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    last_seen_at DATETIME(6) NOT NULL,
    PRIMARY KEY (token_hash),
    CONSTRAINT fk_editor_session_account FOREIGN KEY (account_id) REFERENCES editor_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_editor_session_last_seen ON editor_session (last_seen_at);
