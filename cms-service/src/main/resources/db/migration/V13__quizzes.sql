-- Quizzes (issue #13): at most one per episode, 2 to 5 multiple-choice questions, with the states, scheduling and
-- audit trail of every item (audit type QUIZ). A quiz goes with its episode; a picture removed from the media
-- library leaves its question without one.
CREATE TABLE quiz (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    episode_id  BIGINT      NOT NULL,
    status      VARCHAR(16) NOT NULL,
    publish_at  DATETIME(6) NULL,
    created_at  DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_quiz_episode UNIQUE (episode_id),
    CONSTRAINT fk_quiz_episode FOREIGN KEY (episode_id) REFERENCES episode (id) ON DELETE CASCADE,
    CONSTRAINT ck_quiz_status CHECK (status IN ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED')),
    CONSTRAINT ck_quiz_scheduled CHECK (status <> 'SCHEDULED' OR publish_at IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_quiz_scheduled ON quiz (status, publish_at);

-- A question: 2 to 4 choices (choice_3, choice_4 optional), the right one by its number, a kind explanation shown
-- after the answer, and the text the site reads aloud for children who do not read yet.
CREATE TABLE quiz_question (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    quiz_id      BIGINT        NOT NULL,
    position     INT           NOT NULL,
    text         VARCHAR(300)  NOT NULL,
    read_aloud   VARCHAR(1000) NOT NULL,
    choice_1     VARCHAR(120)  NOT NULL,
    choice_2     VARCHAR(120)  NOT NULL,
    choice_3     VARCHAR(120)  NULL,
    choice_4     VARCHAR(120)  NULL,
    right_choice INT           NOT NULL,
    explanation  VARCHAR(500)  NOT NULL,
    image_id     BIGINT        NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_quiz_question_quiz FOREIGN KEY (quiz_id) REFERENCES quiz (id) ON DELETE CASCADE,
    CONSTRAINT fk_quiz_question_image FOREIGN KEY (image_id) REFERENCES media_asset (id) ON DELETE SET NULL,
    CONSTRAINT ck_quiz_question_position CHECK (position BETWEEN 1 AND 5),
    CONSTRAINT ck_quiz_question_right CHECK (right_choice BETWEEN 1 AND 4)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
ALTER TABLE quiz_question ADD CONSTRAINT uk_quiz_question_position UNIQUE (quiz_id, position);
