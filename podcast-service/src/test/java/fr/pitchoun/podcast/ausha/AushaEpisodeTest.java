package fr.pitchoun.podcast.ausha;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AushaEpisodeTest {

    @Test
    void publicationDateWithoutOffsetIsUtcAndAnOffsetIsHonoured() {
        assertEquals(Instant.parse("2018-05-02T12:47:45Z"), episode("2018-05-02T12:47:45", "public", "active")
                .publishedInstant());
        assertEquals(Instant.parse("2019-07-02T07:21:56Z"), episode("2019-07-02T09:21:56+02:00", "public", "active")
                .publishedInstant());
    }

    @Test
    void onlyPublicPublishedEpisodesAreForTheSite() {
        assertTrue(episode("2025-10-01T08:00:00", "public", "active").isPublic());
        assertFalse(episode("2025-10-01T08:00:00", "private", "active").isPublic());
        assertFalse(episode("2025-10-01T08:00:00", "unlisted", "active").isPublic());
        assertFalse(episode("2025-10-01T08:00:00", "public", "draft").isPublic());
        assertFalse(episode(null, "public", "scheduled").isPublic());
    }

    @Test
    void privateAndUnlistedPublishedEpisodesAreListedAsExclusives() {
        assertTrue(episode("2025-10-01T08:00:00", "private", "active").isPublished());
        assertTrue(episode("2025-10-01T08:00:00", "unlisted", "active").isPublished());
        assertFalse(episode("2025-10-01T08:00:00", "private", "draft").isPublished());
    }

    @Test
    void durationIsRoundedToTheSecond() {
        assertEquals(846, new AushaEpisode(1, "n", null, null, null, null, 845.77, "2018-05-02T12:47:45", "a", null, "public",
                "active", false, null)
                .durationSeconds());
    }

    @Test
    void theAudioSizeIsTheOriginalMp3sAsAushasFilesListIt() throws Exception {
        AushaEpisode read = new com.fasterxml.jackson.databind.ObjectMapper().readValue("""
                {"id": 654, "audio_url": "https://audio.ausha.co/lo9LTEgLlGYB.mp3", "files": {"data": [
                  {"duration": 0, "format": "transcoded", "mime_type": "audio/mpeg", "size": 1200},
                  {"duration": 0, "format": "original", "key": "sYV6.mp3", "mime_type": "audio/mpeg",
                   "original_name": "sYV6.mp3", "size": 33834163}]}}""", AushaEpisode.class);
        assertEquals(33_834_163L, read.audioSizeBytes());
        assertEquals(null, new com.fasterxml.jackson.databind.ObjectMapper()
                .readValue("{\"id\": 1, \"files\": {\"data\": []}}", AushaEpisode.class).audioSizeBytes());
        assertEquals(null, episode("2025-10-01T08:00:00", "public", "active").audioSizeBytes(), "no files listed");
    }

    private static AushaEpisode episode(String publishedAt, String privacy, String state) {
        return new AushaEpisode(654, "#1 - Bave, Banane et Ballerine", "zap-1", "984b1883", 19L, "…", 845.77,
                publishedAt, "https://audio.ausha.co/lo9LTEgLlGYB.mp3", null, privacy, state, false, null);
    }
}
