package fr.pitchoun.frontend.podcast;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** In tests nothing listens where podcast-service should be: the pages say so, in French, never with a 500. */
@QuarkusTest
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
}
