package fr.pitchoun.auth.account;

import fr.pitchoun.auth.kinow.KinowStandIn;
import fr.pitchoun.auth.session.SessionCookies;
import fr.pitchoun.auth.support.Viewers;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Registration and password reset go to Kinow (the stand-in); the reset link goes out by e-mail (mock mailbox). */
@QuarkusTest
@QuarkusTestResource(KinowStandIn.class)
class AccountTest {

    @Inject
    MockMailbox mailbox;

    @BeforeEach
    void emptyMailbox() {
        mailbox.clear();
    }

    @Test
    void registrationCreatesTheKinowAccountAndSignsTheViewerIn() {
        String session = given().contentType(ContentType.JSON)
                .body(Map.of("firstName", "Inès", "lastName", "Moreau", "email", " Ines@Example.org ",
                        "password", "un-bon-mot-de-passe"))
                .post("/api/accounts")
                .then().statusCode(201)
                .body("customerId", equalTo(2001))
                .body("firstName", equalTo("Inès"))
                .body("entitlements", empty())
                .body("offer", equalTo("Sans abonnement"))
                .extract().cookie(SessionCookies.NAME);

        given().cookie(SessionCookies.NAME, session).get("/api/sessions/current")
                .then().statusCode(200).body("customerId", equalTo(2001));
    }

    @Test
    void registrationWithAUsedEmailOrBadFieldsIsRefusedInFrench() {
        given().contentType(ContentType.JSON)
                .body(Map.of("firstName", "Léa", "lastName", "Bernard", "email", "mypitchoun@demo.pitchoun.fr",
                        "password", "un-bon-mot-de-passe"))
                .post("/api/accounts")
                .then().statusCode(409).body("message", equalTo(AccountResource.EMAIL_TAKEN));
        given().contentType(ContentType.JSON)
                .body(Map.of("firstName", " ", "email", "pas-une-adresse", "password", "court"))
                .post("/api/accounts")
                .then().statusCode(422)
                .body("fields.firstName", equalTo("Indiquez votre prénom."))
                .body("fields", hasKey("lastName"))
                .body("fields", hasKey("email"))
                .body("fields.password", equalTo("Choisissez un mot de passe d'au moins 8 caractères."));
    }

    @Test
    void resetLinkIsMailedToAKnownAccountAndTheAnswerIsTheSameForAnUnknownOne() {
        String known = requestReset("mypitchoun@demo.pitchoun.fr");
        String unknown = requestReset("personne@demo.pitchoun.fr");
        assertEquals(known, unknown);

        List<Mail> mails = mailbox.getMailsSentTo("mypitchoun@demo.pitchoun.fr");
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).getText().contains("http://localhost:8080/mot-de-passe/nouveau?jeton=demo-reset-token"),
                mails.get(0).getText());
        assertEquals(0, mailbox.getMailsSentTo("personne@demo.pitchoun.fr").size());
    }

    @Test
    void theMailedTokenSetsTheNewPasswordOnceAnUnknownTokenIsRefused() {
        given().contentType(ContentType.JSON).body(Map.of("token", "demo-reset-token", "password", "nouveau-mdp"))
                .post("/api/password-resets/confirm").then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("token", "vieux-jeton", "password", "nouveau-mdp"))
                .post("/api/password-resets/confirm")
                .then().statusCode(400).body("message", equalTo(AccountResource.RESET_LINK_INVALID));
        given().contentType(ContentType.JSON).body(Map.of("token", "demo-reset-token", "password", "court"))
                .post("/api/password-resets/confirm").then().statusCode(422);
    }

    @Test
    void myAccountShowsTheOfferAndTheKinowDetails() {
        given().cookie(SessionCookies.NAME, Viewers.sessionOf("mypitchoun-plus@demo.pitchoun.fr"))
                .get("/api/account")
                .then().statusCode(200)
                .body("firstName", equalTo("Hugo"))
                .body("lastName", equalTo("Petit"))
                .body("email", equalTo("mypitchoun-plus@demo.pitchoun.fr"))
                .body("offer", equalTo("MyPitchoun+"))
                .body("detailsAvailable", equalTo(true));
        given().get("/api/account").then().statusCode(401);
    }

    private static String requestReset(String email) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email))
                .post("/api/password-resets")
                .then().statusCode(202).extract().path("message");
    }
}
