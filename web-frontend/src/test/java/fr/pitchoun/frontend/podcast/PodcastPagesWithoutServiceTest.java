package fr.pitchoun.frontend.podcast;

import fr.pitchoun.frontend.TestSessionKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.util.Set;

/** In tests nothing listens where podcast-service should be: the pages say so, in French, never with a 500. */
@QuarkusTest
@QuarkusTestResource(TestSessionKeys.class)
class PodcastPagesWithoutServiceTest {

    @Test
    void podcastPagesAnswerUnavailableNotAnError() {
        for (String path : new String[] {"/podcasts", "/podcasts/les-ptits-curieux", "/podcasts/les-ptits-curieux?page=2&saison=1"}) {
            given().get(path).then().statusCode(503)
                    .body(containsString("Page momentanément indisponible"))
                    .body(containsString("Revenez dans quelques instants"));
        }
    }

    @Test
    void anEpisodeThatCannotBeReadLeadsBackToThePodcasts() {
        given().get("/podcasts/les-ptits-curieux/pourquoi-le-ciel-est-il-bleu").then().statusCode(503)
                .body(containsString("momentanément indisponible"));
    }

    @Test
    void anAddressThatCannotBeAShowIsTheSitesNotFoundPage() {
        given().get("/podcasts/Pas_Une_Emission").then().statusCode(404).body(containsString("Page introuvable"));
    }

    @Test
    void theListeningPositionIsOnlyForASignedInViewerAndItsLossIsSaid() {
        String report = "{\"show\":\"les-ptits-curieux\",\"episode\":\"pourquoi-le-ciel-est-il-bleu\",\"positionSeconds\":30}";
        given().contentType(ContentType.JSON).body(report).post("/podcasts/ecoute").then().statusCode(401);
        Instant now = Instant.now();
        String session = TestSessionKeys.session("1002", Set.of("MYPITCHOUN"), now, now.plusSeconds(900));
        given().cookie("pitchoun_session", session).contentType(ContentType.JSON).body(report)
                .post("/podcasts/ecoute").then().statusCode(503);
        given().cookie("pitchoun_session", session).contentType(ContentType.JSON)
                .body("{\"show\":\"../x\",\"episode\":\"e\",\"positionSeconds\":30}")
                .post("/podcasts/ecoute").then().statusCode(400);
        // A form post (what another site could make a browser send) is not accepted.
        given().cookie("pitchoun_session", session).contentType(ContentType.URLENC).formParam("show", "x")
                .post("/podcasts/ecoute").then().statusCode(415);
    }
}
