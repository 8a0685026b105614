-- Screen time (auth-gateway/README.md "Screen time"): what a parent set for a child, and the parent's unlocks.
-- The time a child played today is not kept here: it is learning_day.played_ms (one source for time).
-- Instants are epoch milliseconds (UTC), so no session or server time zone can shift them.
CREATE TABLE screen_time_rule (
    profile_id          BIGINT NOT NULL,
    daily_limit_minutes INT    NULL,
    closed_from         TIME   NULL,
    closed_until        TIME   NULL,
    updated_at_ms       BIGINT NOT NULL,
    PRIMARY KEY (profile_id),
    CONSTRAINT fk_screen_time_rule_profile FOREIGN KEY (profile_id) REFERENCES child_profile (id) ON DELETE CASCADE,
    CONSTRAINT ck_screen_time_rule_limit CHECK (daily_limit_minutes IS NULL OR daily_limit_minutes BETWEEN 0 AND 1440),
    CONSTRAINT ck_screen_time_rule_hours CHECK ((closed_from IS NULL) = (closed_until IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One unlock per child: a parent's password opened playback until unlocked_until_ms (the rest of the day or a
-- chosen time), on every browser of the family.
CREATE TABLE screen_time_unlock (
    profile_id        BIGINT NOT NULL,
    unlocked_until_ms BIGINT NOT NULL,
    unlocked_at_ms    BIGINT NOT NULL,
    PRIMARY KEY (profile_id),
    CONSTRAINT fk_screen_time_unlock_profile FOREIGN KEY (profile_id) REFERENCES child_profile (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
