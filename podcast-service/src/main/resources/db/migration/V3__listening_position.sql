-- "Continue listening": where a signed-in viewer's family account (Kinow customer id, from web-frontend's verified
-- session) stopped in an episode. Nothing about a child: the account, the episode, a position, a time.
CREATE TABLE listening_position (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id      VARCHAR(64)  NOT NULL,
    episode_id       BIGINT       NOT NULL,
    position_seconds INT          NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uk_listening_customer_episode UNIQUE (customer_id, episode_id),
    CONSTRAINT fk_listening_episode FOREIGN KEY (episode_id) REFERENCES episode (id) ON DELETE CASCADE,
    INDEX ix_listening_customer_updated (customer_id, updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
