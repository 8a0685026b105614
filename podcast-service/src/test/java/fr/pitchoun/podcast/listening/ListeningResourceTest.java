package fr.pitchoun.podcast.listening;

import fr.pitchoun.podcast.sync.AushaStandIn;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

/** "Continue listening" stored per account in MariaDB, for the episodes the sync copied from the stand-in. */
@QuarkusTest
@WithTestResource(AushaStandIn.class)
class ListeningResourceTest {

    private static final String EPISODE = "les-histoires-du-soir-de-pitchoun/bonne-nuit-petit-ours"; // 50 s

    @Test
    void aPositionIsKeptPerAccountAndListedUntilTheEpisodeIsFinished() {
        await().until(() -> given().get("/api/podcasts").then().extract().jsonPath().getList("$").size(), greaterThan(0));
        String family = "c-" + UUID.randomUUID().toString().substring(0, 8);
        String otherFamily = family + "-autre";

        put(family, EPISODE, 21).then().statusCode(204);

        given().get("/api/ecoutes/{c}/" + EPISODE, family).then().statusCode(200).body("positionSeconds", equalTo(21));
        given().get("/api/ecoutes/{c}", family).then().statusCode(200)
                .body("episodeTitle", equalTo(List.of("Bonne nuit, petit ours")))
                .body("[0].showSlug", equalTo("les-histoires-du-soir-de-pitchoun"))
                .body("[0].durationSeconds", equalTo(50));
        given().get("/api/ecoutes/{c}/" + EPISODE, otherFamily).then().body("positionSeconds", equalTo(0));
        given().get("/api/ecoutes/{c}", otherFamily).then().body("size()", equalTo(0));

        // Heard to the end: nothing left to resume.
        put(family, EPISODE, 49).then().statusCode(204);
        given().get("/api/ecoutes/{c}/" + EPISODE, family).then().body("positionSeconds", equalTo(0));
        given().get("/api/ecoutes/{c}", family).then().body("size()", equalTo(0));
    }

    @Test
    void anUnknownEpisodeOrAccountIdIsRefused() {
        put("c-1", "les-histoires-du-soir-de-pitchoun/episode-inconnu", 10).then().statusCode(404);
        given().get("/api/ecoutes/pas un id").then().statusCode(404);
    }

    private static io.restassured.response.Response put(String customer, String episode, int seconds) {
        return given().contentType(ContentType.JSON).body("{\"positionSeconds\":" + seconds + "}")
                .put("/api/ecoutes/{c}/" + episode, customer);
    }
}
