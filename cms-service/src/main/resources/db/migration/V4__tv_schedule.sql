-- The TV channels (the slugs live-ingest-service streams under) and their schedule (EPG).
CREATE TABLE tv_channel (
    slug VARCHAR(40)  NOT NULL,
    name VARCHAR(80)  NOT NULL,
    PRIMARY KEY (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO tv_channel (slug, name) VALUES ('pitchoun-tv', 'Pitchoun TV'), ('pitchoun-junior', 'Pitchoun Junior');

CREATE TABLE schedule_slot (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    channel_slug VARCHAR(40)  NOT NULL,
    starts_at    DATETIME(6)  NOT NULL,
    ends_at      DATETIME(6)  NOT NULL,
    programme_id BIGINT       NULL,
    title        VARCHAR(120) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_slot_channel FOREIGN KEY (channel_slug) REFERENCES tv_channel (slug),
    -- A deleted programme leaves its slots with their title.
    CONSTRAINT fk_slot_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE SET NULL,
    CONSTRAINT ck_slot_times CHECK (ends_at > starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_slot_channel_start ON schedule_slot (channel_slug, starts_at);
