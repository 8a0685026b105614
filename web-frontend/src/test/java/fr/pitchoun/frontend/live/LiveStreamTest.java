package fr.pitchoun.frontend.live;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LiveStreamTest {

    private static final Duration FOUR_HOURS = Duration.ofHours(4);

    @Test
    void tokenIsNginxSecureLinkMd5OfExpiresChannelAndSecret() {
        // printf '%s' "2000000000/pitchoun-tv pitchoun-dev-hls-secret" | openssl md5 -binary | base64 | tr '+/' '-_' | tr -d '='
        assertEquals("PwlYKWBNKzFPVG1UoU8BUQ",
                new LiveStream("http://localhost:8088/hls", "pitchoun-dev-hls-secret", FOUR_HOURS)
                        .token("pitchoun-tv", 2_000_000_000L));
    }

    @Test
    void signedUrlPointsAtTheChannelsMasterPlaylistAndExpiresAfterTheLifetime() {
        Instant now = Instant.ofEpochSecond(2_000_000_000L).minus(FOUR_HOURS);
        assertEquals("http://localhost:8088/hls/PwlYKWBNKzFPVG1UoU8BUQ/2000000000/pitchoun-tv/master.m3u8",
                new LiveStream("http://localhost:8088/hls//", "pitchoun-dev-hls-secret", FOUR_HOURS)
                        .signedManifestUrl("pitchoun-tv", now));
    }

    @Test
    void anotherSecretOrChannelGivesAnotherToken() {
        LiveStream stream = new LiveStream("/hls", "pitchoun-dev-hls-secret", FOUR_HOURS);
        assertEquals(false, stream.token("pitchoun-tv", 2_000_000_000L).equals(
                new LiveStream("/hls", "another-secret", FOUR_HOURS).token("pitchoun-tv", 2_000_000_000L)));
        assertEquals(false, stream.token("pitchoun-tv", 2_000_000_000L).equals(
                stream.token("zouzous", 2_000_000_000L)));
    }

    @Test
    void theStillIsThePublicFileOfTheChannel() {
        assertEquals("http://localhost:8088/hls/pitchoun-junior/thumbnail.jpg",
                new LiveStream("http://localhost:8088/hls/", "pitchoun-dev-hls-secret", FOUR_HOURS)
                        .stillUrl("pitchoun-junior"));
    }
}
