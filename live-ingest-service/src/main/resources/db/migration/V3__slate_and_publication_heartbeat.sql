-- The standby picture transcode-worker shows while the channel is off air: a URL or an absolute path of an image or a
-- short looping video; NULL = the worker's generated "back soon" card.
ALTER TABLE channel ADD COLUMN slate VARCHAR(500) NULL;

-- The key a publication went on air with (a rotated-away key is refused at NGINX's next on_update), and its last
-- heartbeat (on_update): an open publication silent for too long is closed, NGINX having died without on_publish_done.
ALTER TABLE publication
    ADD COLUMN stream_key_sha256 CHAR(64) NULL,
    ADD COLUMN last_seen_at DATETIME(6) NULL;
UPDATE publication p JOIN channel c ON c.id = p.channel_id
    SET p.stream_key_sha256 = c.stream_key_sha256, p.last_seen_at = COALESCE(p.ended_at, p.started_at);
ALTER TABLE publication
    MODIFY stream_key_sha256 CHAR(64) NOT NULL,
    MODIFY last_seen_at DATETIME(6) NOT NULL;

CREATE INDEX ix_publication_open_last_seen ON publication (open_channel_id, last_seen_at);
