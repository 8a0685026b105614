package fr.pitchoun.frontend.radio;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The %test profile points cms-url at a closed port; the page and the JSON with content: e2e RadioTest. */
@QuarkusTest
class RadioPagesWithoutCmsTest {

    @Test
    void whatARadioPlaysNowSaysInFrenchThatTheRadiosAreUnavailable() {
        given().when().get("/radios/pitchoun-comptines/en-ce-moment")
                .then().statusCode(503)
                .contentType("application/json")
                .body("message", equalTo("Les radios sont momentanément indisponibles."));
    }

    @Test
    void anAddressThatIsNotASlugIsNotFound() {
        given().when().get("/radios/Pas_un_slug/en-ce-moment").then().statusCode(404);
    }
}
