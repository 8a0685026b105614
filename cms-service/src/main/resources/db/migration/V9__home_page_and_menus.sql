-- The home page as an ordered list of blocks, each published on its own, and the site's menus.
CREATE TABLE home_block (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    kind           VARCHAR(32)   NOT NULL,
    -- 1, 2, 3... in the order the site shows the blocks.
    position       INT           NOT NULL,
    title          VARCHAR(120)  NOT NULL,
    body           VARCHAR(1000) NOT NULL DEFAULT '',
    -- HERO only.
    image_id       BIGINT        NULL,
    link_label     VARCHAR(80)   NULL,
    link_target    VARCHAR(500)  NULL,
    -- LIVE_TEASER only.
    channel_slug   VARCHAR(40)   NULL,
    -- PODCAST_HIGHLIGHT only: the show's slug as podcast-service names it (Ausha's).
    podcast_show   VARCHAR(80)   NULL,
    -- EVENTS only: how many upcoming events the site shows.
    event_count    INT           NULL,
    status         VARCHAR(16)   NOT NULL,
    publish_at     DATETIME(6)   NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    -- A deleted image leaves the block without one.
    CONSTRAINT fk_home_block_image FOREIGN KEY (image_id) REFERENCES media_asset (id) ON DELETE SET NULL,
    CONSTRAINT fk_home_block_channel FOREIGN KEY (channel_slug) REFERENCES tv_channel (slug),
    CONSTRAINT ck_home_block_kind CHECK (kind IN ('HERO', 'PROGRAMME_CAROUSEL', 'LIVE_TEASER', 'PODCAST_HIGHLIGHT', 'EVENTS')),
    CONSTRAINT ck_home_block_status CHECK (status IN ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED')),
    CONSTRAINT ck_home_block_scheduled CHECK (status <> 'SCHEDULED' OR publish_at IS NOT NULL),
    CONSTRAINT ck_home_block_event_count CHECK (event_count IS NULL OR event_count BETWEEN 1 AND 12)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_home_block_position ON home_block (position, id);
CREATE INDEX ix_home_block_scheduled ON home_block (status, publish_at);

-- The programmes an editor chose for a carousel, in their order (none: the latest published ones).
CREATE TABLE home_block_programme (
    block_id     BIGINT NOT NULL,
    position     INT    NOT NULL,
    programme_id BIGINT NOT NULL,
    PRIMARY KEY (block_id, position),
    CONSTRAINT fk_home_block_programme_block FOREIGN KEY (block_id) REFERENCES home_block (id) ON DELETE CASCADE,
    CONSTRAINT fk_home_block_programme_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The site's menus: fixed by the schema (the site's header and footer know them by name); editors change their items.
CREATE TABLE site_menu (
    id    BIGINT      NOT NULL AUTO_INCREMENT,
    name  VARCHAR(40) NOT NULL,
    label VARCHAR(80) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_site_menu_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO site_menu (name, label) VALUES ('principal', 'Menu principal (en-tête)'), ('pied', 'Pied de page');

CREATE TABLE menu_item (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    menu_id    BIGINT       NOT NULL,
    position   INT          NOT NULL,
    label      VARCHAR(80)  NOT NULL,
    -- A path of the site (/direct) or an https address.
    target     VARCHAR(500) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_menu_item_menu FOREIGN KEY (menu_id) REFERENCES site_menu (id) ON DELETE CASCADE,
    -- The same link twice in a menu is a mistake (and gives the demo script its upsert key).
    CONSTRAINT uk_menu_item_target UNIQUE (menu_id, target)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_menu_item_position ON menu_item (menu_id, position, id);
