package fr.pitchoun.frontend.podcast;

import fr.pitchoun.frontend.account.Viewer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who hears what, for the visitor without account and the four demo accounts (their entitlements as auth-gateway
 * puts them in the session): every episode is listed; an exclusive one plays only for MyPitchoun+.
 */
class ListeningTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private static final ExclusiveAudio AUDIO = new ExclusiveAudio("http://localhost:8088/podcasts-audio/",
            "pitchoun-dev-hls-secret", Duration.ofHours(2));
    private static final PodcastEpisode PUBLIC = episode(false, "http://localhost:8088/podcasts-audio/ep910005.mp3", null);
    private static final PodcastEpisode EXCLUSIVE = episode(true, null, "ep940001.mp3");

    private static final Map<String, Optional<Viewer>> VISITORS = Map.of(
            "sans compte", Optional.empty(),
            "sans-abonnement@", viewer(Set.of()),
            "mypitchoun@", viewer(Set.of("MYPITCHOUN")),
            "mypitchoun-plus@", viewer(Set.of("MYPITCHOUN", "MYPITCHOUN_PLUS")),
            "expire@", viewer(Set.of()));

    @Test
    void aPublicEpisodePlaysForEveryone() {
        VISITORS.forEach((who, viewer) -> assertEquals(PUBLIC.audioUrl(),
                Listening.playableUrl(PUBLIC, viewer, AUDIO, NOW), who));
    }

    @Test
    void anExclusiveEpisodePlaysOnlyForMyPitchounPlusFromASignedExpiringAddress() {
        VISITORS.forEach((who, viewer) -> {
            String url = Listening.playableUrl(EXCLUSIVE, viewer, AUDIO, NOW);
            if (who.equals("mypitchoun-plus@")) {
                long expires = NOW.plus(Duration.ofHours(2)).getEpochSecond();
                assertTrue(url.startsWith("http://localhost:8088/podcasts-audio/signe/"), url);
                assertTrue(url.endsWith("/" + expires + "/ep940001.mp3"), url);
            } else {
                assertNull(url, who + " must get no address at all");
            }
        });
    }

    @Test
    void theTokenIsTheOneNginxSecureLinkAccepts() {
        // Computed with openssl as deploy/CONTRACTS.md writes it, and accepted by the rendered NGINX configuration.
        Instant at = Instant.ofEpochSecond(1796290035L).minus(Duration.ofHours(2));
        assertEquals("http://localhost:8088/podcasts-audio/signe/QS2WF-7-a2xF5wAf4TfpZA/1796290035/ep940001.mp3",
                AUDIO.signedUrl("ep940001.mp3", at));
    }

    private static Optional<Viewer> viewer(Set<String> entitlements) {
        return Optional.of(new Viewer("c-1", "Camille", entitlements, NOW.minusSeconds(60), NOW.plusSeconds(3600)));
    }

    private static PodcastEpisode episode(boolean exclusive, String audioUrl, String file) {
        return new PodcastEpisode("un-episode", "Un épisode", null, 50, NOW, null, exclusive, false, "g-1", audioUrl,
                file, null, null);
    }
}
