-- The audio file's size in bytes, as Ausha gives it (files.data[].size of the original upload): the <enclosure
-- length> of the families' private feed. NULL when Ausha gives none.
ALTER TABLE episode
    ADD COLUMN audio_size_bytes BIGINT;
