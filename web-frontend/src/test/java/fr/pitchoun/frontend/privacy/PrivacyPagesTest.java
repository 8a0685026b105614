package fr.pitchoun.frontend.privacy;

import fr.pitchoun.frontend.TestSessionKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/**
 * « Mes données » as the site handles it alone (auth-gateway absent): only this site's form may ask for the
 * deletion, the form's French errors keep the viewer on it, signed-out viewers are sent to sign in.
 */
@QuarkusTest
@QuarkusTestResource(TestSessionKeys.class)
class PrivacyPagesTest {

    private static final String LEA = TestSessionKeys.watchedBy("1002", Set.of("MYPITCHOUN"), "parent", "Léa", "");

    @Test
    void thePageOffersTheDownloadAndTheDeletionForm() {
        given().cookie("pitchoun_session", LEA).get("/mon-compte/donnees").then().statusCode(200)
                .body(containsString("href=\"/mon-compte/donnees/archive\""))
                .body(containsString("<label for=\"mot-de-passe\">Mot de passe de votre compte</label>"))
                .body(containsString("action=\"/mon-compte/donnees/suppression\""));
        given().redirects().follow(false).get("/mon-compte/donnees").then().statusCode(303)
                .header("Location", containsString("/connexion?retour=/mon-compte/donnees"));
        given().redirects().follow(false).get("/mon-compte/donnees/archive").then().statusCode(303);
    }

    @Test
    void theDeletionComesOnlyFromThisSitesForm() {
        given().cookie("pitchoun_session", LEA).header("Origin", "https://ailleurs.example")
                .contentType(ContentType.URLENC).formParam("confirmation", "oui").formParam("motDePasse", "pitchoun")
                .post("/mon-compte/donnees/suppression").then().statusCode(403)
                .body(containsString("ne vient pas du site Pitchoun"));
        given().cookie("pitchoun_session", LEA).header("Sec-Fetch-Site", "cross-site")
                .contentType(ContentType.URLENC).formParam("confirmation", "oui").formParam("motDePasse", "pitchoun")
                .post("/mon-compte/donnees/suppression").then().statusCode(403);
    }

    @Test
    void anUnconfirmedOrPasswordlessFormOrAnAbsentGatewayIsSaidInFrench() {
        given().cookie("pitchoun_session", LEA).header("Sec-Fetch-Site", "same-origin")
                .contentType(ContentType.URLENC).formParam("motDePasse", "pitchoun")
                .post("/mon-compte/donnees/suppression").then().statusCode(400)
                .body(containsString(PrivacyPages.NOT_CONFIRMED)).body(containsString("role=\"alert\""));
        given().cookie("pitchoun_session", LEA).header("Sec-Fetch-Site", "same-origin")
                .contentType(ContentType.URLENC).formParam("confirmation", "oui")
                .post("/mon-compte/donnees/suppression").then().statusCode(400)
                .body(containsString(PrivacyPages.MISSING_PASSWORD));
        given().cookie("pitchoun_session", LEA).header("Sec-Fetch-Site", "same-origin")
                .contentType(ContentType.URLENC).formParam("confirmation", "oui").formParam("motDePasse", "pitchoun")
                .post("/mon-compte/donnees/suppression").then().statusCode(503)
                .body(containsString(PrivacyPages.UNAVAILABLE));
        given().cookie("pitchoun_session", LEA).get("/mon-compte/donnees/archive").then().statusCode(503)
                .body(containsString(PrivacyPages.UNAVAILABLE));
    }
}
