-- Free pages ("Qui sommes-nous", "Mentions légales"...) and news. Their body is rich text: HTML already cleaned
-- against the allow-list of RichText, so what is stored is what the site may show.
CREATE TABLE site_page (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    slug       VARCHAR(80)   NOT NULL,
    title      VARCHAR(160)  NOT NULL,
    -- For search engines and cards.
    summary    VARCHAR(300)  NOT NULL DEFAULT '',
    body       MEDIUMTEXT    NOT NULL,
    status     VARCHAR(16)   NOT NULL,
    publish_at DATETIME(6)   NULL,
    created_at DATETIME(6)   NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_site_page_slug UNIQUE (slug),
    CONSTRAINT ck_site_page_status CHECK (status IN ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED')),
    CONSTRAINT ck_site_page_scheduled CHECK (status <> 'SCHEDULED' OR publish_at IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_site_page_scheduled ON site_page (status, publish_at);

CREATE TABLE news_item (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    slug         VARCHAR(80)   NOT NULL,
    title        VARCHAR(160)  NOT NULL,
    -- The date the site shows (and sorts by), chosen by the editor.
    published_on DATE          NOT NULL,
    summary      VARCHAR(300)  NOT NULL DEFAULT '',
    image_id     BIGINT        NULL,
    body         MEDIUMTEXT    NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    publish_at   DATETIME(6)   NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_news_item_slug UNIQUE (slug),
    -- An image deleted from the library leaves the news without one.
    CONSTRAINT fk_news_item_image FOREIGN KEY (image_id) REFERENCES media_asset (id) ON DELETE SET NULL,
    CONSTRAINT ck_news_item_status CHECK (status IN ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED')),
    CONSTRAINT ck_news_item_scheduled CHECK (status <> 'SCHEDULED' OR publish_at IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_news_item_scheduled ON news_item (status, publish_at);
CREATE INDEX ix_news_item_public ON news_item (status, published_on, id);
