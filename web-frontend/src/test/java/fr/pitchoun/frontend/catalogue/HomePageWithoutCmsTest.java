package fr.pitchoun.frontend.catalogue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** The %test profile points cms-url at a closed port: cms-service is down, as during an outage. */
@QuarkusTest
class HomePageWithoutCmsTest {

    private static final String CMS_CHECK = "checks.find { it.name == 'cms-service' }";

    @Test
    void homePageStillRendersAndSaysTheCatalogueIsUnavailable() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(allOf(
                        containsString("<html lang=\"fr\">"),
                        containsString("<main id=\"contenu\""),
                        containsString("<nav aria-label=\"Menu principal\">"),
                        containsString("<a href=\"/\" aria-current=\"page\">Accueil</a>"),
                        containsString("Le catalogue est momentanément indisponible"),
                        not(containsString("<ul class=\"programmes\">")),
                        not(containsString("Exception"))));
    }

    @Test
    void readinessIsDownWithTheReason() {
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("status", is("DOWN"))
                .body("checks.name", hasItem("cms-service"))
                .body(CMS_CHECK + ".status", is("DOWN"))
                .body(CMS_CHECK + ".data.url", is("http://127.0.0.1:1"))
                .body(CMS_CHECK + ".data.reason", containsString("unreachable"));
    }

    @Test
    void failedCatalogueReadsAreCountedInTheMetrics() {
        given().when().get("/").then().statusCode(200);

        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("pitchoun_frontend_catalogue_failures_total"));
    }
}
