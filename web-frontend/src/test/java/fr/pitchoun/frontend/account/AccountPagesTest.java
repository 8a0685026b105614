package fr.pitchoun.frontend.account;

import fr.pitchoun.frontend.TestSessionKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The sign-in and account pages with auth-gateway unreachable (%test): the pages still answer, in French; signing
 * in through the real gateway is walked in e2e-tests.
 */
@QuarkusTest
@QuarkusTestResource(TestSessionKeys.class)
class AccountPagesTest {

    @Test
    void signInFormIsLabelledAndReturnsWhereTheViewerCameFrom() {
        given().get("/connexion?retour=/direct")
                .then().statusCode(200)
                .body(allOf(
                        containsString("<html lang=\"fr\">"),
                        containsString("<label for=\"email\">Adresse e-mail</label>"),
                        containsString("<label for=\"motDePasse\">Mot de passe</label>"),
                        containsString("autocomplete=\"current-password\""),
                        containsString("name=\"retour\" value=\"/direct\""),
                        containsString("<a href=\"/mon-compte\" aria-current=\"page\">Mon compte</a>")));
    }

    @Test
    void unreachableGatewayIsSaidInFrenchAndAnnouncedWithTheEmailKept() {
        given().redirects().follow(false)
                .formParam("email", "mypitchoun-plus@demo.pitchoun.fr").formParam("motDePasse", "pitchoun")
                .formParam("retour", "/direct")
                .post("/connexion")
                .then().statusCode(503)
                .body(allOf(
                        containsString("<div class=\"erreur\" role=\"alert\" id=\"erreur-connexion\">"),
                        containsString("Le service de connexion est momentanément indisponible."),
                        containsString("value=\"mypitchoun-plus@demo.pitchoun.fr\""),
                        containsString("aria-describedby=\"erreur-connexion\""),
                        not(containsString("value=\"pitchoun\""))));
    }

    @Test
    void missingFieldsAreAskedFor() {
        given().formParam("email", " ").post("/connexion")
                .then().statusCode(400)
                .body(containsString("Indiquez votre adresse e-mail et votre mot de passe."));
    }

    @Test
    void myAccountSendsAVisitorToSignInAndShowsASignedInViewerTheirOffer() {
        given().redirects().follow(false).get("/mon-compte")
                .then().statusCode(303).header("Location", endsWith("/connexion?retour=/mon-compte"));

        Instant now = Instant.now();
        given().cookie("pitchoun_session", TestSessionKeys.session("1002", Set.of("MYPITCHOUN"), now,
                        now.plusSeconds(900)))
                .get("/mon-compte")
                .then().statusCode(200)
                .body(allOf(
                        containsString("Bonjour Hugo !"),
                        containsString("<dd id=\"offre\">MyPitchoun</dd>"),
                        containsString("Le direct est réservé aux abonnés MyPitchoun+."),
                        containsString("<form method=\"post\" action=\"/deconnexion\">")));
    }

    @Test
    void aTokenDueForRefreshStillServesWhenTheGatewayCannotRenewIt() {
        Instant issued = Instant.now().minusSeconds(600);
        given().cookie("pitchoun_session", TestSessionKeys.session("1003", Set.of("MYPITCHOUN", "MYPITCHOUN_PLUS"),
                        issued, issued.plusSeconds(900)))
                .get("/direct/pitchoun-tv")
                .then().statusCode(200).body(containsString("master.m3u8"));
    }

    @Test
    void signOutDropsTheCookieEvenWhenTheGatewayIsUnreachable() {
        Instant now = Instant.now();
        given().redirects().follow(false)
                .cookie("pitchoun_session", TestSessionKeys.session("1002", Set.of(), now, now.plusSeconds(900)))
                .post("/deconnexion")
                .then().statusCode(303)
                .header("Set-Cookie", allOf(containsString("pitchoun_session=;"), containsString("Max-Age=0")));
    }

    @Test
    void afterSignInOnlyPathsOfThisSiteAreFollowed() {
        assertEquals("/direct", AccountPages.localPath("/direct"));
        assertEquals("/mon-compte", AccountPages.localPath("https://ailleurs.example"));
        assertEquals("/mon-compte", AccountPages.localPath("//ailleurs.example"));
        assertEquals("/mon-compte", AccountPages.localPath(null));
        RestAssured.reset();
    }
}
