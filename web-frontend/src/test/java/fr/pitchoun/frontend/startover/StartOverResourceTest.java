package fr.pitchoun.frontend.startover;

import fr.pitchoun.frontend.TestSessionKeys;
import fr.pitchoun.frontend.security.SecureLink;
import fr.pitchoun.frontend.screentime.Pause;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The start-over addresses with the worker's real playlists behind a stand-in of NGINX ({@link HlsFolderStandIn});
 * cms-service is unreachable here, so the whole kept window is offered (the cut at the slot's start is
 * StartOverCutTest's, and e2e StartOverTest's with every real service).
 */
@QuarkusTest
@QuarkusTestResource(TestSessionKeys.class)
@QuarkusTestResource(value = HlsFolderStandIn.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StartOverResourceTest {

    private static final Set<String> PLUS = Set.of("MYPITCHOUN", "MYPITCHOUN_PLUS");
    /** Segment addresses under the public HLS base of the tests (application.properties %test), signed in the query. */
    private static final Pattern SEGMENT = Pattern.compile("\nhttp://127\\.0\\.0\\.1:28088/hls/([a-z0-9-]+)/(720p_\\d+\\.ts)"
            + "\\?jeton=([A-Za-z0-9_-]{22})&expire=(\\d+)\n");

    @Inject
    @CacheName("screen-time")
    Cache screenTimeAnswers;

    @Test
    @Order(1)
    void onlyMyPitchounPlusViewersGetAPlaylist() throws Exception {
        HlsFolderStandIn.write("so-droits", "master.startover.m3u8", StartOverCutTest.resource("master.startover.m3u8"));
        HlsFolderStandIn.write("so-droits", "720p.startover.m3u8", StartOverCutTest.resource("720p.startover.m3u8"));
        for (String path : List.of("/direct/so-droits/reprise.m3u8", "/direct/so-droits/reprise/720p.m3u8")) {
            given().get(path).then().statusCode(403)
                    .body(equalTo("La reprise du direct est réservée aux abonnés MyPitchoun+."));
            given().cookie("pitchoun_session", session(Set.of("MYPITCHOUN"))).get(path).then().statusCode(403);
            given().cookie("pitchoun_session", session(PLUS)).get(path).then().statusCode(200);
        }
    }

    @Test
    @Order(2)
    void theMasterListsTheSitesStartOverPlaylists() throws Exception {
        HlsFolderStandIn.write("so-maitre", "master.startover.m3u8", StartOverCutTest.resource("master.startover.m3u8"));
        String master = given().cookie("pitchoun_session", session(PLUS)).get("/direct/so-maitre/reprise.m3u8")
                .then().statusCode(200).contentType("application/vnd.apple.mpegurl")
                .header("Cache-Control", containsString("no-store")).extract().asString();
        assertTrue(master.startsWith("#EXTM3U\n"), master);
        assertTrue(master.contains("LANGUAGE=\"fr\",CHANNELS=\"2\",URI=\"/direct/so-maitre/reprise/audio.m3u8\"\n"),
                master);
        assertTrue(master.contains("AUDIO=\"audio\"\n/direct/so-maitre/reprise/1080p.m3u8\n"), master);
        assertTrue(master.contains("\n/direct/so-maitre/reprise/720p.m3u8\n"), master);
        assertTrue(master.contains("\n/direct/so-maitre/reprise/480p.m3u8\n"), master);
        assertTrue(!master.contains("startover"), "no worker address left: " + master);
    }

    @Test
    @Order(3)
    void aSubscribersPlaylistIsTheKeptWindowUnderTheChannelsSignatureWhileTheScheduleIsAway() throws Exception {
        HlsFolderStandIn.write("so-adulte", "720p.startover.m3u8", StartOverCutTest.resource("720p.startover.m3u8"));
        String playlist = given().cookie("pitchoun_session", session(PLUS)).get("/direct/so-adulte/reprise/720p.m3u8")
                .then().statusCode(200).contentType("application/vnd.apple.mpegurl").extract().asString();
        assertTrue(playlist.contains("#EXT-X-PLAYLIST-TYPE:EVENT\n"), playlist);
        assertTrue(playlist.contains("#EXT-X-MEDIA-SEQUENCE:898156113\n"), playlist);
        assertTrue(!playlist.contains("#EXT-X-ENDLIST"), playlist);
        List<MatchResult> segments = segments(playlist);
        assertEquals(41, segments.size(), "every kept segment: " + playlist);
        long expires = Long.parseLong(segments.get(0).expires());
        assertTrue(Math.abs(expires - Instant.now().plusSeconds(4 * 3600).getEpochSecond()) < 60,
                "a subscriber's segments play hls-url-lifetime (4 h): " + expires);
        assertEquals(SecureLink.token(expires + "/so-adulte " + HlsFolderStandIn.SECRET), segments.get(0).token(),
                "NGINX's secure_link of the contract");
    }

    @Test
    @Order(4)
    void aChildsPlaylistIsShortLivedAndStopsWithScreenTime() throws Exception {
        HlsFolderStandIn.write("so-enfant", "720p.startover.m3u8", StartOverCutTest.resource("720p.startover.m3u8"));
        HlsFolderStandIn.write("so-enfant", "master.startover.m3u8", StartOverCutTest.resource("master.startover.m3u8"));
        String zoe = TestSessionKeys.watchedBy("1003", PLUS, "42", "Zoé", "owl");
        String playlist = given().cookie("pitchoun_session", zoe).get("/direct/so-enfant/reprise/720p.m3u8")
                .then().statusCode(200).extract().asString();
        long expires = Long.parseLong(segments(playlist).get(0).expires());
        assertTrue(expires <= Instant.now().getEpochSecond() + 121, "a child's segments play 2 minutes: " + expires);

        // auth-gateway's answer for Zoé's session, as ScreenTimeGate keeps it: her time is over.
        screenTimeAnswers.as(CaffeineCache.class).put(zoe, CompletableFuture.completedFuture(new Pause(false,
                "limite-atteinte", "Zoé a fini son temps d'écran pour aujourd'hui.", null, 0L)));
        for (String path : List.of("/direct/so-enfant/reprise.m3u8", "/direct/so-enfant/reprise/720p.m3u8")) {
            given().cookie("pitchoun_session", zoe).get(path).then().statusCode(423)
                    .body(equalTo("Zoé a fini son temps d'écran pour aujourd'hui."));
        }
        given().cookie("pitchoun_session", zoe).accept("text/html").redirects().follow(false)
                .get("/direct/so-enfant/reprise.m3u8").then().statusCode(303)
                .header("Location", containsString("/temps-ecran/pause"));
    }

    @Test
    @Order(5)
    void aChannelOffAirOrNotAChannelIs404() {
        given().cookie("pitchoun_session", session(PLUS)).get("/direct/so-eteinte/reprise.m3u8").then()
                .statusCode(404).contentType(containsString("text/plain"))
                .body(equalTo("Cette chaîne n'est pas à l'antenne en ce moment : il n'y a rien à reprendre depuis le "
                        + "début."));
        given().cookie("pitchoun_session", session(PLUS)).get("/direct/so-eteinte/reprise/720p.m3u8").then()
                .statusCode(404);
        given().cookie("pitchoun_session", session(PLUS)).get("/direct/Pas_Une_Chaine/reprise.m3u8").then()
                .statusCode(404);
        given().cookie("pitchoun_session", session(PLUS)).get("/direct/so-eteinte/reprise/..%2Fsecret.m3u8")
                .then().statusCode(404);
    }

    @Test
    @Order(6)
    void viewersShareOneReadOfTheWorkersFileASecond() throws Exception {
        HlsFolderStandIn.write("so-partage", "720p.startover.m3u8", StartOverCutTest.resource("720p.startover.m3u8"));
        String adult = session(PLUS);
        String child = TestSessionKeys.watchedBy("1003", PLUS, "42", "Zoé", "owl");
        ExecutorService viewers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String viewer = i % 2 == 0 ? adult : child;
                answers.add(viewers.submit(() -> given().cookie("pitchoun_session", viewer)
                        .get("/direct/so-partage/reprise/720p.m3u8").statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get());
            }
        } finally {
            viewers.shutdown();
        }
        assertEquals(1, HlsFolderStandIn.reads("so-partage", "720p.startover.m3u8"),
                "16 requests of two kinds of viewers within a second: one read");
        Thread.sleep(1200);
        given().cookie("pitchoun_session", adult).get("/direct/so-partage/reprise/720p.m3u8").then().statusCode(200);
        assertEquals(2, HlsFolderStandIn.reads("so-partage", "720p.startover.m3u8"), "read again after a second");
    }

    @Test
    @Order(7)
    void nginxAwayIsNamedInFrench() throws Exception {
        HlsFolderStandIn.stopNow();
        given().cookie("pitchoun_session", session(PLUS)).get("/direct/so-panne/reprise/720p.m3u8").then()
                .statusCode(503).body(containsString("momentanément indisponible"))
                .body(not(containsString("Exception")));
    }

    private record MatchResult(String token, String expires, String channel, String uri) {
    }

    private static List<MatchResult> segments(String playlist) {
        Matcher segment = SEGMENT.matcher(playlist);
        List<MatchResult> found = new java.util.ArrayList<>();
        int from = 0;
        while (segment.find(from)) {
            found.add(new MatchResult(segment.group(3), segment.group(4), segment.group(1), segment.group(2)));
            from = segment.end() - 1;
        }
        return found;
    }

    private static String session(Set<String> entitlements) {
        Instant now = Instant.now();
        return TestSessionKeys.session("1001", entitlements, now, now.plusSeconds(900));
    }
}
