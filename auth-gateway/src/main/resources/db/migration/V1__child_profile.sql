-- Child profiles of a family, keyed by the parent's Kinow customer id (Kinow owns the account itself).
CREATE TABLE child_profile (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    kinow_customer_id BIGINT      NOT NULL,
    name              VARCHAR(30) NOT NULL,
    age_band          VARCHAR(16) NOT NULL,
    avatar            VARCHAR(16) NOT NULL,
    created_at        DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_child_profile_age_band CHECK (age_band IN ('AGES_0_3', 'AGES_4_6', 'AGES_7_9', 'AGES_10_12')),
    CONSTRAINT ck_child_profile_avatar CHECK (avatar IN ('FOX', 'OWL', 'RABBIT', 'BEAR', 'CAT', 'TURTLE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_child_profile_customer ON child_profile (kinow_customer_id, created_at);
