-- The channels the control room can put on air. Stream keys are stored as SHA-256 digests only (see StreamKeys).
CREATE TABLE channel (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    slug              VARCHAR(64)  NOT NULL,
    display_name      VARCHAR(120) NOT NULL,
    enabled           BOOLEAN      NOT NULL DEFAULT TRUE,
    stream_key_sha256 CHAR(64)     NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_channel_slug UNIQUE (slug),
    CONSTRAINT uk_channel_stream_key UNIQUE (stream_key_sha256),
    CONSTRAINT ck_channel_slug CHECK (slug REGEXP '^[a-z0-9]+(-[a-z0-9]+)*$')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every time a channel went on air; the open one (ended_at NULL) is what survives a restart of the service.
CREATE TABLE publication (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    channel_id      BIGINT      NOT NULL,
    nginx_client_id VARCHAR(32) NOT NULL,
    client_addr     VARCHAR(64) NOT NULL,
    started_at      DATETIME(6) NOT NULL,
    ended_at        DATETIME(6) NULL,
    -- Set only while open, so the unique key allows one open publication per channel and any number of ended ones.
    open_channel_id BIGINT AS (IF(ended_at IS NULL, channel_id, NULL)) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT fk_publication_channel FOREIGN KEY (channel_id) REFERENCES channel (id),
    CONSTRAINT uk_publication_one_open UNIQUE (open_channel_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_publication_channel_started ON publication (channel_id, started_at);

-- Stream-state events not yet acknowledged by Kafka, oldest first (see StreamStateOutbox).
CREATE TABLE stream_state_outbox (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    event_id   CHAR(36)     NOT NULL,
    channel    VARCHAR(64)  NOT NULL,
    payload    TEXT         NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    attempts   INT          NOT NULL DEFAULT 0,
    last_error VARCHAR(500) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
