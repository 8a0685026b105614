-- catalogue-changed events (deploy/CONTRACTS.md), written in the transaction of the sync that changed the catalogue
-- and relayed to Kafka afterwards by the shared outbox (libs/outbox).
CREATE TABLE catalogue_outbox (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    event_id    CHAR(36)      NOT NULL,
    record_key  VARCHAR(100)  NOT NULL,
    payload     VARCHAR(4000) NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    attempts    INT           NOT NULL DEFAULT 0,
    last_error  VARCHAR(1000) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
