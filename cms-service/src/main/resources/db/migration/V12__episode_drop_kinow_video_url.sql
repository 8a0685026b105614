-- V11 read every kinow_video_url into kinow_video_id or kept it in kinow_unparsed_url: the free-text address goes.
ALTER TABLE episode DROP COLUMN kinow_video_url;
