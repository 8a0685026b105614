package fr.pitchoun.podcast.sync;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seasons, privacy, links.next pagination and 429 Retry-After, as Ausha documents them, read from the stand-in. */
@QuarkusTest
@WithTestResource(AushaStandIn.class)
class AushaDocumentedFeaturesTest {

    private static final String CURIOUS = "les-ptits-curieux";

    @AushaStandIn.Server
    WireMockServer standIn;
    @Inject
    PodcastSync sync;
    @Inject
    MeterRegistry registry;

    @BeforeEach
    void freshSync() {
        assertEquals(SyncResult.SUCCESS, sync.run().result());
    }

    @Test
    void seasonsComeFromTheShowsSeasonsAndFilterTheEpisodes() {
        given().get("/api/podcasts/{slug}", CURIOUS).then().statusCode(200)
                .body("seasons", equalTo(List.of(1, 2)))
                .body("episodes.seasonNumber", equalTo(List.of(2, 2, 1, 1)));
        given().get("/api/podcasts/{slug}?saison=1", CURIOUS).then().statusCode(200)
                .body("season", equalTo(1))
                .body("episodeCount", equalTo(2))
                .body("episodes.title", equalTo(List.of("Comment dorment les poissons ?", "Pourquoi le ciel est-il bleu ?")));
        given().get("/api/podcasts/les-histoires-du-soir-de-pitchoun").then().body("seasons", equalTo(List.of()));
    }

    @Test
    void episodesArePagedNewestFirstAndOneEpisodeHasItsOwnAddress() {
        given().get("/api/podcasts/les-histoires-du-soir-de-pitchoun?taille=2&page=3").then().statusCode(200)
                .body("page", equalTo(3))
                .body("pageCount", equalTo(3))
                .body("episodeCount", equalTo(5))
                .body("episodes.title", equalTo(List.of("Le petit nuage qui avait peur du noir")));
        given().get("/api/podcasts/les-histoires-du-soir-de-pitchoun/bonne-nuit-petit-ours").then().statusCode(200)
                .body("showTitle", equalTo("Les histoires du soir de Pitchoun"))
                .body("episode.title", equalTo("Bonne nuit, petit ours"))
                .body("episode.guid", equalTo("pitchoun-910005"))
                .body("episode.explicit", equalTo(false));
        given().get("/api/podcasts/les-histoires-du-soir-de-pitchoun/episode-inconnu").then().statusCode(404);
        given().get("/api/podcasts/emission-inconnue/bonne-nuit-petit-ours").then().statusCode(404);
    }

    @Test
    void theNextPageIsReadFromTheConfiguredAddressWithOnlyPublishedEpisodesAsked() {
        // The stand-in's links.next names api-content.ausha.co, as Ausha's docs do: only its page number is followed.
        standIn.verify(getRequestedFor(urlPathEqualTo("/v1/shows/32101/podcasts"))
                .withQueryParam("page", com.github.tomakehurst.wiremock.client.WireMock.equalTo("2"))
                .withQueryParam("status[]", com.github.tomakehurst.wiremock.client.WireMock.equalTo("active")));
    }

    @Test
    void exclusivesAreListedWithoutAnyAudioAddress() {
        given().get("/api/podcasts/le-club-mypitchoun-plus").then().statusCode(200)
                .body("exclusive", equalTo(true))
                .body("episodes.exclusive", everyItem(equalTo(true)))
                .body("episodes.audioUrl", everyItem(nullValue()))
                .body("episodes.exclusiveAudioFile", equalTo(List.of("ep940002.mp3", "ep940001.mp3")));
        for (String slug : List.of("le-club-mypitchoun-plus", CURIOUS)) {
            String answer = given().get("/api/podcasts/{slug}", slug).then().statusCode(200).extract().asString();
            assertTrue(!answer.contains("/exclusif/"), "no exclusive audio address in " + answer);
        }
        given().get("/api/podcasts/les-ptits-curieux/pourquoi-les-volcans-se-reveillent").then().statusCode(200)
                .body("episode.exclusive", equalTo(true))
                .body(not(containsString("/exclusif/")));
    }

    @Test
    void a429IsWaitedOutForItsRetryAfterThenTheSyncResumesAndTheWaitIsShown() {
        int waitsBefore = sync.run().rateLimit().waits();
        standIn.resetScenarios(); // the stand-in's scenario answers 429 + Retry-After: 1 once more
        long started = System.nanoTime();

        SyncState state = sync.run();

        assertEquals(SyncResult.SUCCESS, state.result());
        assertTrue(System.nanoTime() - started >= 1_000_000_000L, "the sync waited Retry-After's second");
        assertEquals(waitsBefore + 1, state.rateLimit().waits());
        given().get("/api/sync").then().body("rateLimit.lastRetryAfterSeconds", equalTo(1))
                .body("rateLimit.lastLimitedAt", not(nullValue()));
        assertTrue(registry.counter("pitchoun.podcast.ausha.rate.limited").count() >= 1);
        given().get("/q/metrics").then().body(containsString("pitchoun_podcast_ausha_rate_limit_wait_seconds_total"))
                .body(containsString("pitchoun_podcast_ausha_rate_limited_total"));
    }

    @Test
    void aRetryAfterLongerThanAllowedFailsTheSyncAndKeepsTheCatalogue() {
        StubMapping limited = standIn.stubFor(get(urlPathMatching("/v1/shows/granted")).atPriority(1)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")
                        .withBody("{\"message\":\"Too Many Attempts.\"}")));
        try {
            assertEquals(SyncResult.FAILURE, sync.run().result());
        } finally {
            standIn.removeStub(limited);
        }
        given().get("/api/sync").then().body("aushaHttpStatus", equalTo(429))
                .body("lastError", containsString("Retry-After 3600 s"));
        given().get("/api/podcasts").then().body("size()", equalTo(4));
    }
}
