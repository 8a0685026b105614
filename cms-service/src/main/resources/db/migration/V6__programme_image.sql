-- A programme's picture, from the media library. No ON DELETE: an image a programme shows cannot be deleted.
ALTER TABLE programme
    ADD COLUMN image_id BIGINT NULL,
    ADD CONSTRAINT fk_programme_image FOREIGN KEY (image_id) REFERENCES media_asset (id);
