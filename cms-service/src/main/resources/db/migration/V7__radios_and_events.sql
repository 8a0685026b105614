-- Radios (web radios of the group, each with one or more streams) and events (shows, workshops, meet-ups).
-- Images come from the media library; an image removed from it leaves the item without one.
CREATE TABLE radio (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    slug                   VARCHAR(80)   NOT NULL,
    name                   VARCHAR(120)  NOT NULL,
    description            VARCHAR(2000) NOT NULL DEFAULT '',
    image_id               BIGINT        NULL,
    -- What is on air, typed by editors many times a day.
    now_playing            VARCHAR(200)  NOT NULL DEFAULT '',
    now_playing_updated_at DATETIME(6)   NULL,
    status                 VARCHAR(16)   NOT NULL,
    publish_at             DATETIME(6)   NULL,
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_radio_slug UNIQUE (slug),
    CONSTRAINT fk_radio_image FOREIGN KEY (image_id) REFERENCES media_asset (id) ON DELETE SET NULL,
    CONSTRAINT ck_radio_status CHECK (status IN ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED')),
    CONSTRAINT ck_radio_scheduled CHECK (status <> 'SCHEDULED' OR publish_at IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_radio_scheduled ON radio (status, publish_at);

-- The streams of a radio ("Qualité standard", "Haute qualité"...), shown in position order.
CREATE TABLE radio_version (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    radio_id   BIGINT       NOT NULL,
    name       VARCHAR(80)  NOT NULL,
    stream_url VARCHAR(500) NOT NULL,
    format     VARCHAR(8)   NOT NULL,
    position   INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_radio_version_radio FOREIGN KEY (radio_id) REFERENCES radio (id) ON DELETE CASCADE,
    CONSTRAINT ck_radio_version_format CHECK (format IN ('MP3', 'AAC', 'HLS')),
    CONSTRAINT ck_radio_version_url CHECK (stream_url LIKE 'http://%' OR stream_url LIKE 'https://%'),
    CONSTRAINT ck_radio_version_position CHECK (position >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_radio_version_order ON radio_version (radio_id, position);

CREATE TABLE event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    slug        VARCHAR(80)   NOT NULL,
    title       VARCHAR(120)  NOT NULL,
    starts_at   DATETIME(6)   NOT NULL,
    ends_at     DATETIME(6)   NULL,
    place       VARCHAR(200)  NOT NULL,
    description VARCHAR(4000) NOT NULL DEFAULT '',
    image_id    BIGINT        NULL,
    booking_url VARCHAR(500)  NULL,
    status      VARCHAR(16)   NOT NULL,
    publish_at  DATETIME(6)   NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_event_slug UNIQUE (slug),
    CONSTRAINT fk_event_image FOREIGN KEY (image_id) REFERENCES media_asset (id) ON DELETE SET NULL,
    CONSTRAINT ck_event_times CHECK (ends_at IS NULL OR ends_at >= starts_at),
    CONSTRAINT ck_event_booking CHECK (booking_url IS NULL OR booking_url LIKE 'https://%'),
    CONSTRAINT ck_event_status CHECK (status IN ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED')),
    CONSTRAINT ck_event_scheduled CHECK (status <> 'SCHEDULED' OR publish_at IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_event_scheduled ON event (status, publish_at);
CREATE INDEX ix_event_agenda ON event (status, starts_at);
