-- Replay from Kinow (issue #11): an episode links to its Kinow video by id (chosen in Kinow's catalogue through
-- auth-gateway), no longer by a free-text address; and it gets the broadcast date that ends MyPitchoun+'s early access.
ALTER TABLE episode
    ADD COLUMN kinow_video_id            BIGINT       NULL AFTER learning_themes,
    -- The video's extract (trailer) shown to viewers who may not play the episode; null: none.
    ADD COLUMN kinow_extract_id          BIGINT       NULL AFTER kinow_video_id,
    -- Kinow's duration and title of the video, as last read from its catalogue (null until read).
    ADD COLUMN video_duration_seconds    INT          NULL AFTER kinow_extract_id,
    ADD COLUMN kinow_video_title         VARCHAR(200) NULL AFTER video_duration_seconds,
    -- When the catalogue check last asked Kinow about the video, and since when Kinow no longer has it.
    ADD COLUMN kinow_video_checked_at    DATETIME(6)  NULL AFTER kinow_video_title,
    ADD COLUMN kinow_video_missing_since DATETIME(6)  NULL AFTER kinow_video_checked_at,
    -- An address typed before #11 from which no video id could be read (V11): kept for editors until they choose.
    ADD COLUMN kinow_unparsed_url        VARCHAR(500) NULL AFTER kinow_video_missing_since,
    -- Broadcast date: early access (from early_access_at) ends then, and MyPitchoun subscribers play it too.
    ADD COLUMN broadcast_at              DATETIME(6)  NULL AFTER early_access_at,
    ADD CONSTRAINT ck_episode_extract CHECK (kinow_extract_id IS NULL OR kinow_video_id IS NOT NULL),
    ADD CONSTRAINT ck_episode_duration_seconds CHECK (video_duration_seconds IS NULL OR video_duration_seconds >= 0),
    ADD CONSTRAINT ck_episode_early_access CHECK (early_access_at IS NULL OR broadcast_at IS NULL
        OR early_access_at < broadcast_at);
CREATE INDEX ix_episode_kinow_video_check ON episode (kinow_video_id, kinow_video_checked_at);
