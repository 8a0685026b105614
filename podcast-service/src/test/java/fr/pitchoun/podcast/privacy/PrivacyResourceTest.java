package fr.pitchoun.podcast.privacy;

import fr.pitchoun.podcast.sync.AushaStandIn;
import fr.pitchoun.podcast.sync.PodcastSync;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The privacy API auth-gateway calls for a family's export and erasure: a family's positions, finished ones too,
 * and nobody else's; erased at once and idempotently; only for a gateway service token with scope podcast:privacy.
 */
@QuarkusTest
@WithTestResource(AushaStandIn.class)
class PrivacyResourceTest {

    @Inject
    PodcastSync sync;

    private static final String EPISODE = "les-histoires-du-soir-de-pitchoun/bonne-nuit-petit-ours"; // 50 s

    @Test
    void aFamilysPositionsAreExportedThenErasedAndNoOneElses() {
        catalogueSynced();
        String family = "p-" + UUID.randomUUID().toString().substring(0, 8);
        String neighbour = family + "-voisin";
        listen(family, 49);
        listen(neighbour, 12);

        given().auth().oauth2(token("podcast:privacy")).get("/api/privacy/accounts/{c}", family).then()
                .statusCode(200)
                .body("positions.episodeSlug", equalTo(List.of("bonne-nuit-petit-ours")))
                .body("positions[0].positionSeconds", equalTo(49))
                .body("positions[0].episodeTitle", equalTo("Bonne nuit, petit ours"));

        given().auth().oauth2(token("podcast:privacy")).delete("/api/privacy/accounts/{c}", family).then()
                .statusCode(200).body("deleted", equalTo(1));
        given().auth().oauth2(token("podcast:privacy")).delete("/api/privacy/accounts/{c}", family).then()
                .statusCode(200).body("deleted", equalTo(0));
        given().auth().oauth2(token("podcast:privacy")).get("/api/privacy/accounts/{c}", family).then()
                .body("positions.size()", equalTo(0));
        given().get("/api/ecoutes/{c}/" + EPISODE, neighbour).then().body("positionSeconds", equalTo(12));
    }

    @Test
    void withoutTheScopeOrATokenNothingIsReadNorErased() {
        catalogueSynced();
        String family = "p-" + UUID.randomUUID().toString().substring(0, 8);
        listen(family, 20);
        given().get("/api/privacy/accounts/{c}", family).then().statusCode(401);
        given().delete("/api/privacy/accounts/{c}", family).then().statusCode(401);
        given().auth().oauth2(token("ingest.admin")).delete("/api/privacy/accounts/{c}", family).then()
                .statusCode(403);
        given().auth().oauth2("pas-un-jeton").delete("/api/privacy/accounts/{c}", family).then().statusCode(401);
        given().get("/api/ecoutes/{c}/" + EPISODE, family).then().body("positionSeconds", equalTo(20));
    }

    /** A start's sync that a loaded machine made time out is run again here, rather than in 15 minutes. */
    private void catalogueSynced() {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            if (given().get("/api/podcasts").then().extract().jsonPath().getList("$").isEmpty()) {
                sync.run();
            }
            return !given().get("/api/podcasts").then().extract().jsonPath().getList("$").isEmpty();
        });
    }

    private static void listen(String family, int seconds) {
        await().untilAsserted(() -> given().contentType(ContentType.JSON)
                .body("{\"positionSeconds\":" + seconds + "}").put("/api/ecoutes/{c}/" + EPISODE, family)
                .then().statusCode(204));
    }

    private static String token(String scope) {
        return Jwt.issuer("pitchoun-auth-gateway").subject("auth-gateway").audience("pitchoun-internal")
                .claim("scope", scope).groups(Set.of(scope)).expiresIn(300).sign();
    }
}
