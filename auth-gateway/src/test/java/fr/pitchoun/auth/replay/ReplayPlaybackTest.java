package fr.pitchoun.auth.replay;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.pitchoun.auth.kinow.InjectKinowStandIn;
import fr.pitchoun.auth.kinow.KinowStandIn;
import fr.pitchoun.auth.support.Viewers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static fr.pitchoun.auth.replay.ReplayCalls.SIGNED_MANIFEST;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The entitlement matrix at the API (the 4 demo accounts and a signed-out viewer × normal / early access / after
 * broadcast / video Kinow does not know), progress saved and resumed, forged progress refused, the playback limit.
 * Kinow is the stand-in of deploy/wiremock/kinow.
 */
@QuarkusTest
@QuarkusTestResource(KinowStandIn.class)
class ReplayPlaybackTest {

    private static final long EPISODE = 10201;
    private static final long EXTRACT = 20201;
    private static final long UNKNOWN_VIDEO = 99999;

    @InjectKinowStandIn
    WireMockServer kinow;

    @Test
    void subscribersPlayTheEpisodeAndEarlyAccessIsMyPitchounPlusOnlyUntilTheBroadcast() {
        Instant ahead = Instant.now().plus(Duration.ofDays(7));
        Instant past = Instant.now().minus(Duration.ofDays(1));

        String lea = Viewers.sessionOf("mypitchoun@demo.pitchoun.fr");
        full(lea, null);
        extract(lea, ahead, "MYPITCHOUN_PLUS");
        full(lea, past);
        unknown(lea);

        String hugo = Viewers.sessionOf("mypitchoun-plus@demo.pitchoun.fr");
        full(hugo, null);
        full(hugo, ahead);
        full(hugo, past);
        unknown(hugo);
    }

    @Test
    void everyoneElseGetsTheExtractAndWhatWouldOpenTheEpisode() {
        for (String email : new String[]{"sans-abonnement@demo.pitchoun.fr", "expire@demo.pitchoun.fr", null}) {
            String session = email == null ? null : Viewers.sessionOf(email);
            extract(session, null, "MYPITCHOUN");
            extract(session, Instant.now().plus(Duration.ofDays(7)), "MYPITCHOUN_PLUS");
            extract(session, Instant.now().minus(Duration.ofDays(1)), "MYPITCHOUN");
            unknown(session);
        }
    }

    @Test
    void withoutAnExtractNothingPlayableIsGiven() {
        ReplayCalls.play(null, 10203, null, null).statusCode(200)
                .body("mode", equalTo("LOCKED")).body("player", nullValue())
                .body("requiredOffer", equalTo("MYPITCHOUN"));
    }

    @Test
    void aVideoWithOnlyKinowsPlayerPageGetsItsUrl() {
        ReplayCalls.play(Viewers.sessionOf("mypitchoun@demo.pitchoun.fr"), 10502, 20502L, null).statusCode(200)
                .body("mode", equalTo("FULL"))
                .body("player.manifest", nullValue())
                .body("player.url", matchesPattern(String.format(SIGNED_MANIFEST, "v10502", "player\\.html")));
    }

    @Test
    void progressSavedAtKinowIsResumedAndListedNewestFirst() {
        String hugo = Viewers.sessionOf("mypitchoun-plus@demo.pitchoun.fr");
        // The stand-in's videos-watching: Hugo stopped "La forêt en automne" at 20 s yesterday.
        ReplayCalls.play(hugo, 10102, 20102L, null).statusCode(200).body("resumeAtSeconds", equalTo(20.0f));

        String player = ReplayCalls.play(hugo, 10202, null, null).statusCode(200)
                .body("resumeAtSeconds", equalTo(0.0f)).extract().path("player.sessionId");
        ReplayCalls.progress(hugo, 10202, player, 21.5).statusCode(204);
        kinow.verify(postRequestedFor(urlEqualTo("/video-stats/sessions")).withRequestBody(equalToJson(
                "{\"customer_id\":1003,\"video_id\":10202,\"watched_time\":21,\"seek\":21.5,\"iso_code\":\"fr\"}",
                true, true)));

        ReplayCalls.play(hugo, 10202, null, null).statusCode(200).body("resumeAtSeconds", equalTo(21.5f));
        ReplayCalls.watching(hugo).statusCode(200)
                .body("items.videoId", contains(10202, 10102))
                .body("items[0].positionSeconds", equalTo(21.5f))
                .body("items[0].durationSeconds", equalTo(45))
                .body("items[0].watchedAt", notNullValue());
    }

    @Test
    void forgedProgressIsRefused() {
        String lea = Viewers.sessionOf("mypitchoun@demo.pitchoun.fr");
        String hugo = Viewers.sessionOf("mypitchoun-plus@demo.pitchoun.fr");
        String leasPlayer = ReplayCalls.play(lea, EPISODE, EXTRACT, null).extract().path("player.sessionId");

        ReplayCalls.progress(hugo, EPISODE, leasPlayer, 10).statusCode(403)
                .body("message", equalTo(Playback.NOT_YOUR_PLAYER));
        ReplayCalls.progress(lea, 10202, leasPlayer, 10).statusCode(403);
        ReplayCalls.progress(lea, EPISODE, "made-up-session", 10).statusCode(403);
        ReplayCalls.progress(lea, EPISODE, leasPlayer, -1).statusCode(400)
                .body("message", equalTo(Playback.BAD_POSITION));
        ReplayCalls.progress(lea, EPISODE, leasPlayer, 50).statusCode(400)
                .body("message", equalTo(Playback.PAST_THE_END));
        ReplayCalls.progress(null, EPISODE, leasPlayer, 10).statusCode(401);
        ReplayCalls.watching(null).statusCode(401);

        // An extract's player records nothing: a non-subscriber has no episode progress to report.
        String camille = Viewers.sessionOf("sans-abonnement@demo.pitchoun.fr");
        String extractPlayer = ReplayCalls.play(camille, EPISODE, EXTRACT, null).extract().path("player.sessionId");
        ReplayCalls.progress(camille, EPISODE, extractPlayer, 5).statusCode(403);

        ReplayCalls.progress(lea, EPISODE, leasPlayer, 45.5).statusCode(204);
    }

    @Test
    void playbackIsRateLimitedPerSession() {
        String lea = Viewers.sessionOf("mypitchoun@demo.pitchoun.fr");
        // %test: 8 per 3 s.
        for (int i = 0; i < 8; i++) {
            ReplayCalls.play(lea, EPISODE, EXTRACT, null).statusCode(200);
        }
        ReplayCalls.play(lea, EPISODE, EXTRACT, null).statusCode(429)
                .header("Retry-After", notNullValue()).body("message", equalTo(ReplayErrors.THROTTLED));
        // Another session is not affected.
        ReplayCalls.play(Viewers.sessionOf("mypitchoun@demo.pitchoun.fr"), EPISODE, EXTRACT, null).statusCode(200);
    }

    @Test
    void aMissingVideoIdIsABadRequest() {
        io.restassured.RestAssured.given().contentType("application/json").body("{}")
                .post("/api/replay/playback").then().statusCode(400)
                .body("message", equalTo(ReplayResource.VIDEO_MISSING));
    }

    private static void full(String session, Instant earlyAccessUntil) {
        ReplayCalls.play(session, EPISODE, EXTRACT, earlyAccessUntil).statusCode(200)
                .body("mode", equalTo("FULL"))
                .body("player.manifest", matchesPattern(String.format(SIGNED_MANIFEST, "v10201", "master\\.m3u8")))
                .body("player.sessionId", notNullValue())
                .body("player.captions[0].language", equalTo("fr"))
                .body("player.captions[0].label", equalTo("Français"))
                .body("player.captions[0].url", matchesPattern(String.format(SIGNED_MANIFEST, "v10201", "fr\\.vtt")))
                .body("durationSeconds", equalTo(45))
                .body("requiredOffer", nullValue());
    }

    private static void extract(String session, Instant earlyAccessUntil, String requiredOffer) {
        ReplayCalls.play(session, EPISODE, EXTRACT, earlyAccessUntil).statusCode(200)
                .body("mode", equalTo("EXTRACT"))
                .body("player.manifest", matchesPattern(String.format(SIGNED_MANIFEST, "x20201", "master\\.m3u8")))
                .body("resumeAtSeconds", equalTo(0.0f))
                .body("requiredOffer", equalTo(requiredOffer));
    }

    private static void unknown(String session) {
        ReplayCalls.play(session, UNKNOWN_VIDEO, null, null).statusCode(404)
                .body("message", equalTo(ReplayErrors.VIDEO_NOT_FOUND));
    }
}
