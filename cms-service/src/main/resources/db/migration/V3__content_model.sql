-- Publication states for every item, programme themes, episodes, slug redirects, audit trail and the outbox of
-- content-changed events.
ALTER TABLE programme DROP CONSTRAINT ck_programme_status;
ALTER TABLE programme
    ADD COLUMN themes     VARCHAR(500) NOT NULL DEFAULT '' AFTER age_max,
    ADD COLUMN publish_at DATETIME(6)  NULL AFTER status,
    ADD CONSTRAINT ck_programme_status CHECK (status IN ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED')),
    ADD CONSTRAINT ck_programme_scheduled CHECK (status <> 'SCHEDULED' OR publish_at IS NOT NULL);
CREATE INDEX ix_programme_scheduled ON programme (status, publish_at);

CREATE TABLE episode (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    programme_id      BIGINT        NOT NULL,
    number            INT           NOT NULL,
    slug              VARCHAR(80)   NOT NULL,
    title             VARCHAR(120)  NOT NULL,
    synopsis          VARCHAR(2000) NOT NULL DEFAULT '',
    duration_minutes  INT           NOT NULL,
    learning_themes   VARCHAR(500)  NOT NULL DEFAULT '',
    -- Replay on Kinow: the address of the video there.
    kinow_video_url   VARCHAR(500)  NULL,
    -- MyPitchoun+ subscribers may watch from this date, before the broadcast.
    early_access_at   DATETIME(6)   NULL,
    status            VARCHAR(16)   NOT NULL,
    publish_at        DATETIME(6)   NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_episode_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE,
    CONSTRAINT uk_episode_slug UNIQUE (programme_id, slug),
    CONSTRAINT uk_episode_number UNIQUE (programme_id, number),
    CONSTRAINT ck_episode_number CHECK (number >= 1),
    CONSTRAINT ck_episode_duration CHECK (duration_minutes BETWEEN 1 AND 600),
    CONSTRAINT ck_episode_status CHECK (status IN ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED')),
    CONSTRAINT ck_episode_scheduled CHECK (status <> 'SCHEDULED' OR publish_at IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_episode_scheduled ON episode (status, publish_at);

-- An address that used to work keeps working: the old slug points at the item.
CREATE TABLE slug_redirect (
    content_type VARCHAR(32)  NOT NULL,
    old_slug     VARCHAR(200) NOT NULL,
    content_id   BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (content_type, old_slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    content_type VARCHAR(32)   NOT NULL,
    content_id   BIGINT        NOT NULL,
    action       VARCHAR(32)   NOT NULL,
    -- Kept as text too, so the trail still says who after an account is gone.
    editor_id    BIGINT        NULL,
    editor_name  VARCHAR(120)  NOT NULL,
    details      VARCHAR(2000) NOT NULL DEFAULT '',
    at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_audit_entry_item ON audit_entry (content_type, content_id, at);

-- content-changed events, written in the transaction of the change and relayed to Kafka afterwards.
CREATE TABLE content_outbox (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    event_id    CHAR(36)      NOT NULL,
    record_key  VARCHAR(100)  NOT NULL,
    payload     VARCHAR(4000) NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    attempts    INT           NOT NULL DEFAULT 0,
    last_error  VARCHAR(1000) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
