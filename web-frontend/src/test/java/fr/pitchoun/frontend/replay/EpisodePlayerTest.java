package fr.pitchoun.frontend.replay;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an episode page shows for each decision of auth-gateway. */
class EpisodePlayerTest {

    private static final String MANIFEST = "http://localhost:8088/vod/tok/123/master.m3u8";
    private static final Playback.Caption FRENCH = new Playback.Caption("fr", "Français",
            "https://sous-titres.kinow.example/123/fr.vtt");

    @Test
    void aFullEpisodeWithAManifestPlaysInTheSitesPlayerFromWhereTheViewerStopped() {
        EpisodePlayer player = EpisodePlayer.of(new Playback(Playback.Mode.FULL,
                new Playback.Player(MANIFEST, "https://kinow.example/player/123", "s-1", List.of(FRENCH)),
                421.7, 780, null));
        assertTrue(player.hls(), "a manifest wins over Kinow's page");
        assertFalse(player.extract());
        assertEquals(MANIFEST, player.manifest());
        assertNull(player.pageUrl());
        assertEquals(421, player.resumeAt());
        assertTrue(player.reportsProgress());
        assertEquals("s-1", player.sessionId());
        assertEquals(List.of(FRENCH), player.captions());
        assertEquals(Set.of("http://localhost:8088", "https://sous-titres.kinow.example"), player.mediaOrigins());
        assertEquals(Set.of(), player.frameOrigins());
        assertFalse(player.invitesToSubscribe());
    }

    @Test
    void anEpisodeWatchedToTheEndStartsAgainFromTheStart() {
        EpisodePlayer player = EpisodePlayer.of(new Playback(Playback.Mode.FULL,
                new Playback.Player(MANIFEST, null, "s-1", List.of()), 770, 780, null));
        assertEquals(0, player.resumeAt());
    }

    @Test
    void onlyAUrlMeansKinowsOwnPlayerPageInAFrame() {
        EpisodePlayer player = EpisodePlayer.of(new Playback(Playback.Mode.FULL,
                new Playback.Player(null, "https://kinow.example/player/123?session=s-1", "s-1", List.of(FRENCH)),
                30, 780, null));
        assertTrue(player.kinowPage());
        assertEquals("https://kinow.example/player/123?session=s-1", player.pageUrl());
        assertNull(player.manifest());
        assertEquals(List.of(), player.captions(), "Kinow's page shows its own captions");
        assertFalse(player.reportsProgress(), "Kinow's page reports the position itself");
        assertEquals(Set.of("https://kinow.example"), player.frameOrigins());
        assertEquals(Set.of(), player.mediaOrigins());
    }

    @Test
    void anExtractPlaysFromTheStartWithoutReportsAndInvitesToSubscribe() {
        EpisodePlayer player = EpisodePlayer.of(new Playback(Playback.Mode.EXTRACT,
                new Playback.Player("http://localhost:8088/vod/tok/67/master.m3u8", null, "s-2", List.of()),
                0, 60, "MYPITCHOUN_PLUS"));
        assertTrue(player.hls());
        assertTrue(player.extract());
        assertEquals(0, player.resumeAt());
        assertFalse(player.reportsProgress());
        assertTrue(player.invitesToSubscribe());
        assertEquals("MyPitchoun+", player.offer());
        assertTrue(player.earlyAccessOffer());
    }

    @Test
    void aLockedEpisodeNeverExposesAnAddressEvenIfTheAnswerCarriedOne() {
        EpisodePlayer player = EpisodePlayer.of(new Playback(Playback.Mode.LOCKED,
                new Playback.Player(MANIFEST, "https://kinow.example/player/123", "s-3", List.of(FRENCH)),
                300, 780, "MYPITCHOUN"));
        assertTrue(player.locked());
        assertFalse(player.plays());
        assertNull(player.manifest());
        assertNull(player.pageUrl());
        assertNull(player.sessionId());
        assertEquals(List.of(), player.captions());
        assertEquals(Set.of(), player.mediaOrigins());
        assertEquals(0, player.resumeAt());
        assertTrue(player.invitesToSubscribe());
        assertEquals("MyPitchoun", player.offer());
        assertFalse(player.earlyAccessOffer());
    }

    @Test
    void anAnswerWithNothingToPlayIsUnavailableNotAnError() {
        assertTrue(EpisodePlayer.of(null).unavailable());
        assertTrue(EpisodePlayer.of(new Playback(null, null, 0, 0, null)).unavailable());
        assertTrue(EpisodePlayer.of(new Playback(Playback.Mode.FULL, null, 0, 780, null)).unavailable());
        assertTrue(EpisodePlayer.of(new Playback(Playback.Mode.EXTRACT,
                new Playback.Player(" ", null, "s", null), 0, 60, "MYPITCHOUN")).unavailable());
    }
}
