-- A MyPitchoun+ family's private podcast feed: one per Kinow customer. Only the SHA-256 of its secret is kept (the
-- address is shown once, when it is made), and the feed is found by that hash. A reset replaces the hash, so the old
-- address opens nothing any more.
CREATE TABLE podcast_feed (
    customer_id   BIGINT      NOT NULL,
    secret_sha256 CHAR(64)    NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (customer_id),
    CONSTRAINT uk_podcast_feed_secret UNIQUE (secret_sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
