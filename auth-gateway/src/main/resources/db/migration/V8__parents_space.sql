-- The parents' space (auth-gateway/README.md "Parents' space"): what it reads for a child in one call, from aggregates
-- the statement consumer keeps in the same transaction as learning_day, never from raw statements.

-- Per child and day: time watched (replay, live) and listened (podcasts) apart, for the chart.
ALTER TABLE learning_day
    ADD COLUMN watched_ms  BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN listened_ms BIGINT NOT NULL DEFAULT 0;

-- Per child and item: time played, whether and when it was completed, when it was last played.
CREATE TABLE learning_item (
    profile_id      BIGINT       NOT NULL,
    item_iri        VARCHAR(500) NOT NULL,
    item_kind       VARCHAR(24)  NOT NULL,
    item_title      VARCHAR(300) NOT NULL,
    played_ms       BIGINT       NOT NULL,
    statements      INT          NOT NULL,
    first_played_at DATETIME(6)  NOT NULL,
    last_played_at  DATETIME(6)  NOT NULL,
    completed_at    DATETIME(6)  NULL,
    PRIMARY KEY (profile_id, item_iri),
    CONSTRAINT fk_learning_item_profile FOREIGN KEY (profile_id) REFERENCES child_profile (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_learning_item_completed ON learning_item (profile_id, completed_at);

-- Statements stored before this migration. The item of each is exact. The watched/listened split of their days needs
-- the Paris day of each statement: UTC + 2 h from the last Sunday of March to the last Sunday of October (01:00 UTC
-- both), else + 1 h, written out because MariaDB may not have its time zone tables loaded.
INSERT INTO learning_item (profile_id, item_iri, item_kind, item_title, played_ms, statements, first_played_at,
                           last_played_at, completed_at)
SELECT profile_id, item_iri, MAX(item_kind), MAX(item_title), SUM(duration_ms), COUNT(*), MIN(occurred_at),
       MAX(occurred_at), MIN(CASE WHEN completion THEN occurred_at END)
FROM learning_statement GROUP BY profile_id, item_iri;

UPDATE learning_day d
JOIN (SELECT profile_id, paris_day,
             SUM(CASE WHEN item_kind = 'podcast-episode' THEN 0 ELSE duration_ms END) AS watched,
             SUM(CASE WHEN item_kind = 'podcast-episode' THEN duration_ms ELSE 0 END) AS listened
      FROM (SELECT profile_id, item_kind, duration_ms,
                   DATE(occurred_at + INTERVAL IF(
                       occurred_at >= TIMESTAMP(MAKEDATE(YEAR(occurred_at), 1) + INTERVAL 2 MONTH + INTERVAL 30 DAY
                           - INTERVAL (DAYOFWEEK(MAKEDATE(YEAR(occurred_at), 1) + INTERVAL 2 MONTH + INTERVAL 30 DAY) - 1) DAY,
                           '01:00:00')
                       AND occurred_at < TIMESTAMP(MAKEDATE(YEAR(occurred_at), 1) + INTERVAL 9 MONTH + INTERVAL 30 DAY
                           - INTERVAL (DAYOFWEEK(MAKEDATE(YEAR(occurred_at), 1) + INTERVAL 9 MONTH + INTERVAL 30 DAY) - 1) DAY,
                           '01:00:00'), 2, 1) HOUR) AS paris_day
            FROM learning_statement) s
      GROUP BY profile_id, paris_day) t ON t.profile_id = d.profile_id AND t.paris_day = d.day
SET d.watched_ms = t.watched, d.listened_ms = t.listened;
