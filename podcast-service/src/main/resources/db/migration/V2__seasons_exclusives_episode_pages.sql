-- Seasons, MyPitchoun+ exclusives and what an episode's own page and a podcast feed need.
-- slug: the episode's address under its show (Ausha's slug, or episode-<ausha id>); NULL only for rows the first
-- sync after this migration has not rewritten yet.
ALTER TABLE `show`
    ADD COLUMN exclusive BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE episode
    ADD COLUMN slug          VARCHAR(200),
    ADD COLUMN guid          VARCHAR(255),
    ADD COLUMN season_number INT,
    ADD COLUMN exclusive     BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN explicit      BOOLEAN NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT uk_episode_show_slug UNIQUE (show_id, slug);
