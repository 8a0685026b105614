package fr.pitchoun.frontend.catalogue;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EpisodeTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void anEpisodeWithAnEarlyAccessDateIsAPreviewForSubscribers() {
        Episode preview = episode(Instant.parse("2026-11-28T17:30:00Z"));
        assertTrue(preview.preview());
        assertEquals("samedi 28 novembre à 18 h 30", preview.previewOpensAt(NOW), "the date it opens, still to come");
        assertEquals("", episode(NOW.minusSeconds(60)).previewOpensAt(NOW), "already open: no date to wait for");
    }

    @Test
    void anEpisodeWithoutOneIsNot() {
        assertFalse(episode(null).preview());
    }

    @Test
    void itsDurationReadsInMinutesOrHours() {
        assertEquals("13 min", new Episode(1, "a", "A", "", 13, null, null, null, null).duration());
        assertEquals("1 h 05", new Episode(1, "a", "A", "", 65, null, null, null, null).duration());
    }

    private static Episode episode(Instant earlyAccessAt) {
        return new Episode(2, "le-recif", "Le récif", "", 13, earlyAccessAt, null, null, null);
    }

    @Test
    void aVideoKinowNoLongerHasIsNotPlayable() {
        Episode missing = new Episode(1, "a", "A", "", 13, null, null,
                new Episode.Video(10101, null, 780, false, false), null);
        assertTrue(missing.videoMissing());
        assertFalse(missing.playable());
        assertTrue(new Episode(1, "a", "A", "", 13, null, null, new Episode.Video(10101, null, null, false, null), null)
                .playable(), "a video cms-service has not checked yet plays");
    }
}
