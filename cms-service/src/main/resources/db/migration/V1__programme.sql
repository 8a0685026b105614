CREATE TABLE programme (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    slug       VARCHAR(80)   NOT NULL,
    title      VARCHAR(120)  NOT NULL,
    synopsis   VARCHAR(2000) NOT NULL DEFAULT '',
    age_min    TINYINT       NOT NULL,
    age_max    TINYINT       NOT NULL,
    status     VARCHAR(16)   NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_programme_slug UNIQUE (slug),
    CONSTRAINT ck_programme_ages CHECK (age_min BETWEEN 4 AND 12 AND age_max BETWEEN 4 AND 12 AND age_min <= age_max),
    CONSTRAINT ck_programme_status CHECK (status IN ('DRAFT', 'PUBLISHED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_programme_status_title ON programme (status, title);
