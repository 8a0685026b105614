package fr.pitchoun.frontend.replay;

import fr.pitchoun.frontend.TestSessionKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/**
 * The player's position reports (/replay/progression) while auth-gateway is away (%test): only this site's pages may
 * post, only for a signed-in viewer, and a report that cannot be relayed says so instead of failing.
 */
@QuarkusTest
@QuarkusTestResource(TestSessionKeys.class)
class ProgressRelayTest {

    private static final String POSITION = "{\"videoId\":123,\"sessionId\":\"s-1\",\"positionSeconds\":42.5}";

    @Test
    void anotherSitesPageCannotReportAPosition() {
        given().cookie("pitchoun_session", session()).header("Origin", "https://evil.example")
                .contentType("text/plain").body(POSITION).post("/replay/progression")
                .then().statusCode(403).body(containsString("ne vient pas du site Pitchoun"));
        given().cookie("pitchoun_session", session()).header("Sec-Fetch-Site", "cross-site")
                .contentType("text/plain").body(POSITION).post("/replay/progression")
                .then().statusCode(403);
    }

    @Test
    void aSignedOutViewerIsToldToSignIn() {
        given().header("Sec-Fetch-Site", "same-origin").contentType("text/plain").body(POSITION)
                .post("/replay/progression")
                .then().statusCode(401).body(containsString("Connectez-vous"));
    }

    @Test
    void anIncompleteReportIsRefusedInFrench() {
        given().cookie("pitchoun_session", session()).header("Sec-Fetch-Site", "same-origin")
                .contentType("text/plain").body("{\"videoId\":123}").post("/replay/progression")
                .then().statusCode(400).body(containsString("Position de lecture incomplète"));
        given().cookie("pitchoun_session", session()).header("Sec-Fetch-Site", "same-origin")
                .contentType("text/plain").body("pas du json").post("/replay/progression")
                .then().statusCode(400);
    }

    @Test
    void aReportTheGatewayCannotTakeIsA503() {
        given().cookie("pitchoun_session", session()).header("Sec-Fetch-Site", "same-origin")
                .contentType("application/json").body(POSITION).post("/replay/progression")
                .then().statusCode(503).body(containsString("n'a pas pu être enregistrée"));
    }

    private static String session() {
        Instant now = Instant.now();
        return TestSessionKeys.session("1002", Set.of("MYPITCHOUN"), now, now.plusSeconds(900));
    }
}
