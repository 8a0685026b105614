-- Quiz results (issue #13): what the answered statements say, kept for the parents' space and the GDPR export.
-- learning_quiz_answer: each answer of each answered statement (which question, which choice, right or not);
-- learning_quiz_result: per child and quiz, the last and best scores, how many attempts and when (an aggregate,
-- so the parents' space never reads raw statements). Both go with the statement / profile (ON DELETE CASCADE).
CREATE TABLE learning_quiz_answer (
    statement_id  CHAR(36)     NOT NULL,
    question      SMALLINT     NOT NULL,
    question_text VARCHAR(300) NOT NULL,
    choice        SMALLINT     NOT NULL,
    choice_text   VARCHAR(300) NOT NULL,
    correct       BOOLEAN      NOT NULL,
    PRIMARY KEY (statement_id, question),
    CONSTRAINT fk_learning_quiz_answer_statement FOREIGN KEY (statement_id)
        REFERENCES learning_statement (statement_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE learning_quiz_result (
    profile_id        BIGINT       NOT NULL,
    quiz_iri          VARCHAR(500) NOT NULL,
    title             VARCHAR(300) NOT NULL,
    score_max         SMALLINT     NOT NULL,
    last_score        SMALLINT     NOT NULL,
    best_score        SMALLINT     NOT NULL,
    attempts          INT          NOT NULL,
    first_answered_at DATETIME(6)  NOT NULL,
    last_answered_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (profile_id, quiz_iri),
    CONSTRAINT fk_learning_quiz_result_profile FOREIGN KEY (profile_id) REFERENCES child_profile (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_learning_quiz_result_latest ON learning_quiz_result (profile_id, last_answered_at);
