package fr.pitchoun.auth.kinow;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import fr.pitchoun.auth.session.SessionCookies;
import fr.pitchoun.auth.session.SessionErrors;
import fr.pitchoun.auth.support.Viewers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kinow failing, rate-limiting us or down: clear French answers, sessions go on, the circuit opens and recovers. */
@QuarkusTest
@QuarkusTestResource(KinowStandIn.class)
class KinowFailureTest {

    private static final String PLUS = "mypitchoun-plus@demo.pitchoun.fr";

    @InjectKinowStandIn
    WireMockServer kinow;

    /** Each test starts with a healthy Kinow: no open circuit, no back-off left by the previous one. */
    @BeforeEach
    void kinowAnswers() {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> Viewers.signIn("mypitchoun@demo.pitchoun.fr", Viewers.PASSWORD).statusCode(200));
    }

    @Test
    void failingKinowOpensTheCircuitWhichStopsCallingItThenRecoversByItself() {
        for (int i = 0; i < 10; i++) {
            Viewers.signIn("panne@demo.pitchoun.fr", Viewers.PASSWORD)
                    .statusCode(503).body("message", equalTo(SessionErrors.KINOW_UNAVAILABLE));
        }
        int callsBefore = checkCredentialsCalls();
        long start = System.nanoTime();
        Viewers.signIn("mypitchoun@demo.pitchoun.fr", Viewers.PASSWORD)
                .statusCode(503).body("message", equalTo(SessionErrors.KINOW_UNAVAILABLE));
        assertTrue((System.nanoTime() - start) / 1_000_000 < 1_000, "an open circuit answers at once");
        assertEquals(callsBefore, checkCredentialsCalls(), "Kinow is left alone while the circuit is open");

        // %test delay: 1.5 s before a trial call; it succeeds and the circuit closes.
        await().atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> Viewers.signIn("mypitchoun@demo.pitchoun.fr", Viewers.PASSWORD).statusCode(200));
    }

    @Test
    void kinowRateLimitingUsMeansWaitingItsRetryAfterWithoutCallingIt() {
        Viewers.signIn("limite@demo.pitchoun.fr", Viewers.PASSWORD)
                .statusCode(503).body("message", equalTo(SessionErrors.KINOW_UNAVAILABLE));
        int callsBefore = checkCredentialsCalls();
        Viewers.signIn("mypitchoun@demo.pitchoun.fr", Viewers.PASSWORD).statusCode(503);
        assertEquals(callsBefore, checkCredentialsCalls(), "no call during Kinow's Retry-After (2 s)");

        await().atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> Viewers.signIn("mypitchoun@demo.pitchoun.fr", Viewers.PASSWORD).statusCode(200));
    }

    @Test
    void signedInViewersKeepTheirSessionAndOffersWhileKinowIsDown() {
        String session = Viewers.sessionOf(PLUS);
        // Forget the cached entitlements, so that the refresh has to ask Kinow.
        given().contentType(ContentType.JSON).header("X-Pitchoun-Webhook-Secret", "pitchoun-dev-webhook-secret")
                .body(Map.of("event", "access_updated", "data", Map.of("id_customer", 1003)))
                .post("/webhooks/kinow").then().statusCode(204);
        StubMapping down = kinow.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(anyUrl()).atPriority(1)
                .willReturn(aResponse().withStatus(502).withBody("Bad Gateway")));
        try {
            Viewers.signIn("mypitchoun@demo.pitchoun.fr", Viewers.PASSWORD).statusCode(503);
            given().cookie(SessionCookies.NAME, session).post("/api/sessions/refresh")
                    .then().statusCode(200).body("entitlements", contains("MYPITCHOUN", "MYPITCHOUN_PLUS"));
            given().cookie(SessionCookies.NAME, session).get("/api/account")
                    .then().statusCode(200).body("offer", equalTo("MyPitchoun+"));
        } finally {
            kinow.removeStub(down);
        }
    }

    private int checkCredentialsCalls() {
        return kinow.countRequestsMatching(postRequestedFor(urlEqualTo("/customers/check-credentials")).build())
                .getCount();
    }
}
