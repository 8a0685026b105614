-- The media library: images uploaded by editors, with their required alternative text, and the resized variants
-- the site shows. Other content refers to an image by media_asset.id (a foreign key, so a used image cannot be
-- deleted).
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

-- The bytes the site loads: the original as uploaded and its resized copies (thumb, medium, large). Written once
-- with their image and never changed, so their digest is a strong ETag and caches may keep them for good.
CREATE TABLE media_variant (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    asset_id   BIGINT      NOT NULL,
    name       VARCHAR(16) NOT NULL,
    media_type VARCHAR(32) NOT NULL,
    width      INT         NOT NULL,
    height     INT         NOT NULL,
    -- SHA-256 of the bytes, in hexadecimal.
    sha256     CHAR(64)    NOT NULL,
    bytes      LONGBLOB    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_media_variant UNIQUE (asset_id, name),
    CONSTRAINT fk_media_variant_asset FOREIGN KEY (asset_id) REFERENCES media_asset (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
