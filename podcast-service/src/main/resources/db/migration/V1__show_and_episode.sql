-- Podcasts synced from Ausha. Ausha's ids are unique, so a sync updates a row in place instead of adding one.
-- `show` is a reserved word in MariaDB: always quote it.
CREATE TABLE `show` (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ausha_id    BIGINT        NOT NULL,
    slug        VARCHAR(160)  NOT NULL,
    title       VARCHAR(255)  NOT NULL,
    description VARCHAR(4000),
    image_url   VARCHAR(1000),
    CONSTRAINT uk_show_ausha_id UNIQUE (ausha_id),
    CONSTRAINT uk_show_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE episode (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ausha_id         BIGINT        NOT NULL,
    show_id          BIGINT        NOT NULL,
    title            VARCHAR(255)  NOT NULL,
    description      VARCHAR(4000),
    duration_seconds INT           NOT NULL,
    published_at     DATETIME(6)   NOT NULL,
    audio_url        VARCHAR(1000) NOT NULL,
    image_url        VARCHAR(1000),
    CONSTRAINT uk_episode_ausha_id UNIQUE (ausha_id),
    CONSTRAINT fk_episode_show FOREIGN KEY (show_id) REFERENCES `show` (id) ON DELETE CASCADE,
    INDEX ix_episode_show_published (show_id, published_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
