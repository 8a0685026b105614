package fr.pitchoun.auth.mail;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;

/**
 * The mailer's mode as an operator's tools see it: the gauge Prometheus scrapes (1 here: the tests' mailer is the mock)
 * and the wellness check, UP outside production (MailerModeTest covers production's DOWN).
 */
@QuarkusTest
class MailerCheckTest {

    @Test
    void theMockIsShownInTheMetricsAndTheWellnessCheck() {
        given().get("/q/metrics").then().statusCode(200)
                .body(matchesRegex("(?s).*\\npitchoun_auth_mailer_mock(\\{[^}]*\\})? 1\\.0\\n.*"));
        given().get("/q/health/well").then().statusCode(200)
                .body(containsString("Envoi des e-mails"))
                .body(containsString("Mailer factice (développement ou tests)."));
    }
}
