package fr.pitchoun.auth.replay;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import fr.pitchoun.auth.kinow.InjectKinowStandIn;
import fr.pitchoun.auth.kinow.KinowStandIn;
import fr.pitchoun.auth.support.Viewers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kinow slow, failing or rate-limiting us: a French 503, and what was cached keeps being served. */
@QuarkusTest
@QuarkusTestResource(KinowStandIn.class)
class ReplayKinowFailureTest {

    @InjectKinowStandIn
    WireMockServer kinow;

    private final List<StubMapping> added = new ArrayList<>();

    @AfterEach
    void kinowHealsAgain() {
        added.forEach(kinow::removeStub);
        added.clear();
    }

    @Test
    void slowKinowPlayerIsA503WithinTheTimeout() {
        String lea = Viewers.sessionOf("mypitchoun@demo.pitchoun.fr");
        stub(get(urlPathEqualTo("/videos/10301/player")).atPriority(1).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}").withFixedDelay(4_000)));
        long start = System.nanoTime();
        ReplayCalls.play(lea, 10301, 20301L, null).statusCode(503)
                .body("message", equalTo(ReplayErrors.UNAVAILABLE));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 3_500, "bounded by Kinow's timeout");
    }

    @Test
    void failingKinowIsA503AndCachedAnswersStillServe() {
        String cms = given().auth().preemptive().basic("cms-service", "cms-service-secret")
                .formParam("grant_type", "client_credentials").post("/oauth/token").then().extract()
                .path("access_token");
        given().auth().oauth2(cms).get("/api/replay/catalogue/10401").then().statusCode(200);

        stub(get(urlPathEqualTo("/videos/10401")).atPriority(1).willReturn(aResponse().withStatus(500)));
        stub(get(urlPathEqualTo("/videos/10402")).atPriority(1).willReturn(aResponse().withStatus(500)));
        // Cached: Kinow is not asked again.
        given().auth().oauth2(cms).get("/api/replay/catalogue/10401").then().statusCode(200)
                .body("title", equalTo("Le chat disparu"));
        given().auth().oauth2(cms).get("/api/replay/catalogue/10402").then().statusCode(503)
                .body("message", equalTo(ReplayErrors.UNAVAILABLE));
        ReplayCalls.play(null, 10402, null, null).statusCode(503);
    }

    @Test
    void kinowRateLimitingUsIsA503ThenPlaybackComesBack() {
        String hugo = Viewers.sessionOf("mypitchoun-plus@demo.pitchoun.fr");
        stub(get(urlPathEqualTo("/videos/10302")).atPriority(1).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "1").withHeader("Content-Type", "application/json")
                .withBody("{\"errors\": \"Too many requests\"}")));
        ReplayCalls.play(hugo, 10302, null, null).statusCode(503)
                .body("message", equalTo(ReplayErrors.UNAVAILABLE));
        kinowHealsAgain();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(400)).untilAsserted(() ->
                ReplayCalls.play(hugo, 10302, null, null).statusCode(200).body("mode", equalTo("FULL")));
    }

    private void stub(com.github.tomakehurst.wiremock.client.MappingBuilder mapping) {
        added.add(kinow.stubFor(mapping));
    }
}
