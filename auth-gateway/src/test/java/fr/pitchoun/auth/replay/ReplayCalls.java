package fr.pitchoun.auth.replay;

import fr.pitchoun.auth.support.Viewers;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** The replay calls as web-frontend makes them: the viewer's cookie relayed, JSON bodies. */
final class ReplayCalls {

    static final String SIGNED_MANIFEST = "http://localhost:8088/vod/[A-Za-z0-9_-]{22}/[0-9]+/%s/%s";

    private ReplayCalls() {
    }

    /** {@code session} null = signed out (then from an address of its own, for the per-address limit). */
    static ValidatableResponse play(String session, long videoId, Long extractId, Instant earlyAccessUntil) {
        Map<String, Object> body = new HashMap<>();
        body.put("videoId", videoId);
        body.put("extractId", extractId);
        body.put("earlyAccessUntil", earlyAccessUntil == null ? null : earlyAccessUntil.toString());
        return viewer(session).body(body).post("/api/replay/playback").then();
    }

    static ValidatableResponse progress(String session, long videoId, String playerSession, double position) {
        return viewer(session).body(Map.of("videoId", videoId, "sessionId", playerSession,
                "positionSeconds", position)).post("/api/replay/progress").then();
    }

    static ValidatableResponse watching(String session) {
        return viewer(session).get("/api/replay/watching").then();
    }

    private static RequestSpecification viewer(String session) {
        RequestSpecification request = given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", Viewers.randomAddress());
        return session == null ? request : request.cookie("pitchoun_session", session);
    }
}
