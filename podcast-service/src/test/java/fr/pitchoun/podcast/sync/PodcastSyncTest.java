package fr.pitchoun.podcast.sync;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import fr.pitchoun.podcast.ausha.AushaClient;
import fr.pitchoun.podcast.ausha.AushaConfig;
import fr.pitchoun.podcast.catalogue.Catalogue;
import fr.pitchoun.podcast.catalogue.Episode;
import fr.pitchoun.podcast.catalogue.Show;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service copies the Ausha stand-in's catalogue (deploy/wiremock/ausha) into the real MariaDB and serves it; when
 * Ausha fails, the copy stays served and /api/sync says why. Methods run in order: they share the service's state.
 */
@QuarkusTest
@WithTestResource(AushaStandIn.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PodcastSyncTest {

    private static final String BEDTIME = "les-histoires-du-soir-de-pitchoun";
    private static final String CLUB = "le-club-mypitchoun-plus";
    /** Published episodes per show, by title: comptines, the club, bedtime stories (two pages), p'tits curieux. */
    private static final List<Integer> COUNTS = List.of(2, 2, 5, 4);

    @AushaStandIn.Server
    WireMockServer standIn;

    @Inject
    PodcastSync sync;
    @Inject
    Catalogue catalogue;
    @Inject
    SyncStatus status;
    @Inject
    MeterRegistry registry;
    @Inject
    AushaConfig aushaConfig;

    @Test
    @Order(1)
    void syncsAtStart() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/sync")
                .then().statusCode(200)
                .body("result", equalTo("SUCCESS"))
                .body("shows", equalTo(4))
                .body("episodes", equalTo(13))
                .body("exclusiveEpisodes", equalTo(3))
                // The stand-in answers 429 with Retry-After 1 once: the sync waited, then resumed.
                .body("rateLimit.waits", greaterThanOrEqualTo(1))
                .body("rateLimit.lastRetryAfterSeconds", equalTo(1))
                .body("rateLimit.waitingUntil", equalTo(null)));
    }

    @Test
    @Order(2)
    void syncCopiesShowsAndPublicEpisodesThatTheApiReadsBackFromTheDatabase() {
        emptyCatalogue();
        given().get("/api/podcasts").then().statusCode(200).body("$", empty());

        assertEquals(SyncResult.SUCCESS, sync.run().result());

        given().get("/api/podcasts")
                .then().statusCode(200)
                .body("title", equalTo(List.of("Comptines et chansons de Pitchoun", "Le club MyPitchoun+",
                        "Les histoires du soir de Pitchoun", "Les p'tits curieux")))
                .body("slug", equalTo(List.of("comptines-et-chansons-de-pitchoun", CLUB, BEDTIME, "les-ptits-curieux")))
                .body("episodeCount", equalTo(COUNTS))
                .body("exclusive", equalTo(List.of(false, true, false, false)))
                .body("[2].latestEpisodeAt", equalTo("2025-10-03T19:00:00Z"))
                .body("[2].imageUrl", equalTo("http://localhost:8088/podcasts-audio/images/les-histoires-du-soir-de-pitchoun.jpg"));

        // Five episodes over two Ausha pages, newest first whatever Ausha's order.
        given().get("/api/podcasts/{slug}", BEDTIME)
                .then().statusCode(200)
                .body("title", equalTo("Les histoires du soir de Pitchoun"))
                .body("description", containsString("Chaque soir, une histoire douce"))
                .body("episodes.title", equalTo(List.of("Bonne nuit, petit ours", "Le secret du phare",
                        "La tortue qui voulait voler", "Le renard et la lune rousse",
                        "Le petit nuage qui avait peur du noir")))
                .body("episodes[0].durationSeconds", equalTo(50))
                .body("episodes[0].publishedAt", equalTo("2025-10-03T19:00:00Z"))
                .body("episodes[0].audioUrl", equalTo("http://localhost:8088/podcasts-audio/ep910005.mp3"))
                // Ausha's files.data[].size: the private feed's enclosure length.
                .body("episodes[0].audioSizeBytes", equalTo(400815))
                .body("episodes[0].imageUrl", equalTo("http://localhost:8088/podcasts-audio/images/les-histoires-du-soir-de-pitchoun.jpg"))
                .body("episodes[0].description", containsString("Petit ours ne veut pas dormir"));

        // The episode Ausha marks private is a MyPitchoun+ exclusive: listed, but its audio address is never given.
        given().get("/api/podcasts/les-ptits-curieux")
                .then().statusCode(200)
                .body("episodes.findAll { !it.exclusive }.title", not(hasItem("Pourquoi les volcans se réveillent ?")))
                .body("episodes.size()", equalTo(4))
                .body("episodes[0].title", equalTo("Pourquoi les volcans se réveillent ?"))
                .body("episodes[0].exclusive", equalTo(true))
                .body("episodes[0].audioUrl", equalTo(null))
                .body("episodes[0].exclusiveAudioFile", equalTo("ep920004.mp3"))
                .body("episodes[0].audioSizeBytes", equalTo(392703));

        given().get("/api/podcasts/emission-inconnue").then().statusCode(404);
    }

    @Test
    @Order(3)
    void aSecondSyncUpdatesRowsInPlaceWithoutDuplicates() {
        sync.run();
        Long rowBefore = episodeRowId(910005L);

        assertEquals(SyncResult.SUCCESS, sync.run().result());

        assertEquals(4L, QuarkusTransaction.requiringNew().<Long>call(() -> Show.count()));
        assertEquals(13L, QuarkusTransaction.requiringNew().<Long>call(() -> Episode.count()));
        assertEquals(rowBefore, episodeRowId(910005L));
        given().get("/api/podcasts").then().body("episodeCount", equalTo(COUNTS));
    }

    @Test
    @Order(4)
    void whenAushaAnswers500TheStoredCatalogueStaysAndTheFailureIsReported() {
        assertEquals(SyncResult.SUCCESS, sync.run().result());
        double failuresBefore = registry.counter("pitchoun.podcast.syncs", "result", "ausha_failure").count();
        // Shows answer, episodes fail: a half-read catalogue must not replace the stored one.
        StubMapping outage = standIn.stubFor(get(urlPathMatching("/v1/shows/[0-9]+/podcasts")).atPriority(1)
                .willReturn(serverError().withBody("{\"message\":\"Server Error\"}")));
        try {
            assertEquals(SyncResult.FAILURE, sync.run().result());
        } finally {
            standIn.removeStub(outage);
        }

        given().get("/api/podcasts").then().statusCode(200).body("episodeCount", equalTo(COUNTS));
        given().get("/api/podcasts/{slug}", BEDTIME).then().statusCode(200).body("episodes.size()", equalTo(5));
        given().get("/api/sync")
                .then().statusCode(200)
                .body("result", equalTo("FAILURE"))
                .body("aushaHttpStatus", equalTo(500))
                .body("lastError", equalTo("Ausha a répondu HTTP 500."))
                .body("message", containsString("reste servi"))
                .body("lastSuccessAt", notNullValue())
                .body("lastFailureAt", notNullValue())
                .body("consecutiveFailures", equalTo(1));
        // Ausha's outage does not take the service out of rotation: it serves its copy.
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        assertEquals(failuresBefore + 1,
                registry.counter("pitchoun.podcast.syncs", "result", "ausha_failure").count());
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("pitchoun_podcast_syncs_total{result=\"ausha_failure\""));
    }

    @Test
    @Order(5)
    void whenAushaRejectsTheTokenTheStoredCatalogueStaysAndTheFailureIsReported() {
        assertEquals(SyncResult.SUCCESS, sync.run().result());
        // The stand-in's mapping files answer 401 to any token but the demo one, as Ausha does to a revoked token.
        PodcastSync revokedToken = new PodcastSync(AushaClient.connect(aushaConfig, "jeton-revoque", status), catalogue,
                status, registry);

        assertEquals(SyncResult.FAILURE, revokedToken.run().result());

        given().get("/api/podcasts").then().statusCode(200).body("episodeCount", equalTo(COUNTS));
        given().get("/api/sync")
                .then().statusCode(200)
                .body("result", equalTo("FAILURE"))
                .body("aushaHttpStatus", equalTo(401))
                .body("lastError", equalTo("Ausha refuse le jeton d'accès (HTTP 401)."));

        // The next good sync clears the failure.
        assertEquals(SyncResult.SUCCESS, sync.run().result());
        given().get("/api/sync").then()
                .body("result", equalTo("SUCCESS"))
                .body("consecutiveFailures", equalTo(0))
                .body("lastError", equalTo(null));
    }

    @Test
    @Order(6)
    void aStalledAushaIsGivenUpOnAfterTheReadTimeoutAndTheCatalogueStays() {
        // %test sets the read timeout to 2 s; this Ausha would take 6 s to answer.
        StubMapping stalled = standIn.stubFor(get(urlPathMatching("/v1/shows/granted")).atPriority(1)
                .willReturn(okJson("{\"data\":[]}").withFixedDelay(6000)));
        long started = System.nanoTime();
        try {
            assertEquals(SyncResult.FAILURE, sync.run().result());
        } finally {
            standIn.removeStub(stalled);
        }

        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(5)) < 0);
        given().get("/api/sync").then()
                .body("result", equalTo("FAILURE"))
                .body("aushaHttpStatus", equalTo(null))
                .body("lastError", startsWith("Ausha ne répond pas ("));
        given().get("/api/podcasts").then().statusCode(200).body("episodeCount", equalTo(COUNTS));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    private static void emptyCatalogue() {
        QuarkusTransaction.requiringNew().run(() -> {
            Episode.deleteAll();
            Show.deleteAll();
        });
    }

    private static Long episodeRowId(long aushaId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Episode.<Episode>find("aushaId", aushaId).firstResult().id);
    }
}
