-- The media library: images uploaded by editors, with their required alternative text, and the resized variants
-- the site shows. Other content refers to an image by media_asset.id.
CREATE TABLE media_asset (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    -- The name the file had on the editor's computer, for the library's list only (never trusted for its type).
    original_name VARCHAR(255) NOT NULL,
    alt_text      VARCHAR(250) NOT NULL,
    -- Sniffed from the content: image/png, image/jpeg, image/gif.
    media_type    VARCHAR(32)  NOT NULL,
    width         INT          NOT NULL,
    height        INT          NOT NULL,
    byte_size     BIGINT       NOT NULL,
    uploaded_by   VARCHAR(120) NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_media_asset_alt CHECK (CHAR_LENGTH(TRIM(alt_text)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
