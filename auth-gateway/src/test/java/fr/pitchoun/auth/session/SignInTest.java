package fr.pitchoun.auth.session;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import fr.pitchoun.auth.kinow.InjectKinowStandIn;
import fr.pitchoun.auth.kinow.KinowStandIn;
import fr.pitchoun.auth.support.Viewers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Viewers sign in with their Kinow account; Kinow is the WireMock stand-in loaded from deploy/wiremock/kinow. */
@QuarkusTest
@QuarkusTestResource(KinowStandIn.class)
class SignInTest {

    @InjectKinowStandIn
    WireMockServer kinow;

    static Stream<Arguments> demoAccounts() {
        return Stream.of(
                Arguments.of("sans-abonnement@demo.pitchoun.fr", 1001, "Camille", List.of()),
                Arguments.of("mypitchoun@demo.pitchoun.fr", 1002, "Léa", List.of("MYPITCHOUN")),
                Arguments.of("mypitchoun-plus@demo.pitchoun.fr", 1003, "Hugo", List.of("MYPITCHOUN", "MYPITCHOUN_PLUS")),
                // Expired MyPitchoun+ and a MyPitchoun still flagged active but past its date: nothing.
                Arguments.of("expire@demo.pitchoun.fr", 1004, "Chloé", List.of()));
    }

    @ParameterizedTest
    @MethodSource("demoAccounts")
    void eachDemoAccountGetsTheOffersOfItsRunningSubscriptions(String email, int customerId, String firstName,
                                                              List<String> entitlements) {
        ValidatableResponse answer = signIn(email, "pitchoun")
                .statusCode(200)
                .body("customerId", equalTo(customerId))
                .body("firstName", equalTo(firstName));
        if (entitlements.isEmpty()) {
            answer.body("entitlements", empty());
        } else {
            answer.body("entitlements", contains(entitlements.toArray()));
        }
    }

    @Test
    void emailIsMatchedWhateverItsCaseAndSurroundingSpaces() {
        signIn("  MyPitchoun@Demo.Pitchoun.FR ", "pitchoun")
                .statusCode(200)
                .body("customerId", equalTo(1002));
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameFrenchRefusal() {
        String wrongPassword = signIn("mypitchoun@demo.pitchoun.fr", "pas-le-bon")
                .statusCode(401)
                .body("message", equalTo("Adresse e-mail ou mot de passe incorrect."))
                .extract().asString();
        String unknownEmail = signIn("personne@demo.pitchoun.fr", "pitchoun")
                .statusCode(401)
                .extract().asString();
        assertEquals(wrongPassword, unknownEmail);
    }

    @Test
    void missingPasswordIsAskedForInFrench() {
        given().contentType(ContentType.JSON).body(Map.of("email", "mypitchoun@demo.pitchoun.fr"))
                .post("/api/sessions")
                .then().statusCode(400)
                .body("message", equalTo("Indiquez votre adresse e-mail et votre mot de passe."));
    }

    @Test
    void kinowRefusingOurClientCredentialsIsNotBlamedOnTheViewer() {
        whileKinowAnswers(post(urlEqualTo("/customers/check-credentials")),
                kinowJson(403, "{\"errors\": \"Invalid client credentials\"}"),
                () -> signIn("mypitchoun@demo.pitchoun.fr", "pitchoun").statusCode(503));
    }

    @Test
    void slowKinowNeverKeepsTheViewerWaitingMoreThanThreeSeconds() {
        whileKinowAnswers(get(urlPathEqualTo("/customers/1002/accesses/subscriptions")),
                kinowJson(200, "{\"data\": []}").withFixedDelay(8_000),
                () -> {
                    long start = System.nanoTime();
                    signIn("mypitchoun@demo.pitchoun.fr", "pitchoun")
                            .statusCode(503)
                            .body("message", equalTo(SessionErrors.KINOW_UNAVAILABLE));
                    long waitedMillis = (System.nanoTime() - start) / 1_000_000;
                    // Each Kinow call gives up after 2 s, the whole sign-in after 2.5 s; the rest is slack for a
                    // loaded machine.
                    assertTrue(waitedMillis < 3_500, "the viewer waited " + waitedMillis + " ms");
                });
    }

    /** Runs the test while Kinow answers this request so, ahead of the shared mapping files. */
    private void whileKinowAnswers(MappingBuilder request, ResponseDefinitionBuilder answer, Runnable test) {
        StubMapping stub = kinow.stubFor(request.atPriority(1).willReturn(answer));
        try {
            test.run();
        } finally {
            kinow.removeStub(stub);
        }
    }

    private static ResponseDefinitionBuilder kinowJson(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static ValidatableResponse signIn(String email, String password) {
        return Viewers.signIn(email, password);
    }
}
