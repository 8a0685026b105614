package fr.pitchoun.frontend.site;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The %test profile points cms-url at a closed port: the content pages during a cms-service outage. */
@QuarkusTest
class SitePagesWithoutCmsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/programmes", "/programmes/mission-ocean", "/grille", "/grille?jour=2026-11-28",
            "/radios", "/evenements", "/evenements/spectacle-de-noel", "/actualites", "/actualites/la-rentree",
            "/pages/qui-sommes-nous", "/programmes/mission-ocean/les-abysses", "/replay", "/replay?age=4-6"})
    void aContentPageSaysItIsUnavailableWithTheSiteAroundIt(String path) {
        given().when().get(path)
                .then().statusCode(503)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .body(allOf(
                        containsString("<html lang=\"fr\">"),
                        containsString("<h1>Page momentanément indisponible</h1>"),
                        containsString("Revenez dans quelques instants"),
                        not(containsString("Exception"))));
    }

    @Test
    void theBuiltInMenuLeadsToEveryContentPageAndMarksTheOneShown() {
        given().when().get("/programmes")
                .then().statusCode(503)
                .body(allOf(
                        containsString("<a href=\"/programmes\" aria-current=\"page\">Programmes</a>"),
                        containsString("<a href=\"/replay\">Replay</a>"),
                        containsString("<a href=\"/grille\">Grille TV</a>"),
                        containsString("<a href=\"/radios\">Radios</a>"),
                        containsString("<a href=\"/evenements\">Événements</a>"),
                        containsString("<a href=\"/actualites\">Actualités</a>")));
    }

    @Test
    void aDayThatIsNotADateGetsAClearMessageWithoutAskingCmsService() {
        given().when().get("/grille?jour=28-11-2026")
                .then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(allOf(
                        containsString("<h1>Date invalide</h1>"),
                        containsString("role=\"alert\""),
                        containsString("« 28-11-2026 » n'est pas une date que la grille comprend"),
                        containsString("href=\"/grille\"")));
    }
}
