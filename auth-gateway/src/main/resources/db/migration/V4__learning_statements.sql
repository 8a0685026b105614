-- Learning statements (xAPI-shaped, auth-gateway/README.md "Learning statements"). The site's reports wait in
-- learning_outbox until the relay hands them to Kafka (pitchoun.learning.statements); the gateway's own consumer
-- then stores each statement once (its id is the key) with the daily aggregates the parents' space reads.
-- Everything about a child goes with its profile (ON DELETE CASCADE).
CREATE TABLE learning_outbox (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    event_id    CHAR(36)      NOT NULL,
    record_key  VARCHAR(40)   NOT NULL,
    payload     VARCHAR(8000) NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    attempts    INT           NOT NULL DEFAULT 0,
    last_error  VARCHAR(500)  NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE learning_statement (
    statement_id CHAR(36)      NOT NULL,
    profile_id   BIGINT        NOT NULL,
    verb         VARCHAR(16)   NOT NULL,
    item_kind    VARCHAR(24)   NOT NULL,
    item_iri     VARCHAR(500)  NOT NULL,
    item_title   VARCHAR(300)  NOT NULL,
    themes       VARCHAR(1000) NOT NULL,
    age_min      SMALLINT      NULL,
    age_max      SMALLINT      NULL,
    duration_ms  BIGINT        NOT NULL,
    completion   BOOLEAN       NOT NULL,
    score_raw    INT           NULL,
    score_max    INT           NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    stored_at    DATETIME(6)   NOT NULL,
    statement    TEXT          NOT NULL,
    PRIMARY KEY (statement_id),
    CONSTRAINT fk_learning_statement_profile FOREIGN KEY (profile_id) REFERENCES child_profile (id) ON DELETE CASCADE,
    CONSTRAINT ck_learning_statement_verb CHECK (verb IN ('played', 'completed', 'answered'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_learning_statement_profile ON learning_statement (profile_id, occurred_at);

-- Per child and day (Europe/Paris): time played, items completed, statements counted.
CREATE TABLE learning_day (
    profile_id  BIGINT NOT NULL,
    day         DATE   NOT NULL,
    played_ms   BIGINT NOT NULL,
    completed   INT    NOT NULL,
    statements  INT    NOT NULL,
    PRIMARY KEY (profile_id, day),
    CONSTRAINT fk_learning_day_profile FOREIGN KEY (profile_id) REFERENCES child_profile (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per child, day and learning theme: an item with several themes counts its time in each.
CREATE TABLE learning_day_theme (
    profile_id  BIGINT       NOT NULL,
    day         DATE         NOT NULL,
    theme       VARCHAR(100) NOT NULL,
    played_ms   BIGINT       NOT NULL,
    completed   INT          NOT NULL,
    PRIMARY KEY (profile_id, day, theme),
    CONSTRAINT fk_learning_day_theme_profile FOREIGN KEY (profile_id) REFERENCES child_profile (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
