package fr.pitchoun.auth.webhook;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import fr.pitchoun.auth.kinow.InjectKinowStandIn;
import fr.pitchoun.auth.kinow.KinowStandIn;
import fr.pitchoun.auth.session.SessionCookies;
import fr.pitchoun.auth.support.Viewers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;

/** A viewer subscribes to MyPitchoun+ at Kinow: the webhook makes it show at the next refresh, not tomorrow. */
@QuarkusTest
@QuarkusTestResource(KinowStandIn.class)
class KinowWebhookTest {

    private static final String UPGRADED_ACCESSES = """
            {"pagination": {"total": 1, "current_page": 1, "per_page": 100, "last_page": 1},
             "data": [{"id": 9021, "id_customer": 1002, "id_product": 12, "type": "subscription",
                       "date_exp": "2099-01-01 00:00:00", "cancel": 0, "recurring": 1, "active": 1}]}""";

    @InjectKinowStandIn
    WireMockServer kinow;

    @Test
    void accessWebhookUnlocksANewSubscriptionAtTheNextRefresh() {
        String session = Viewers.sessionOf("mypitchoun@demo.pitchoun.fr");
        StubMapping upgraded = kinow.stubFor(get(urlPathEqualTo("/customers/1002/accesses/subscriptions"))
                .atPriority(1).willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(UPGRADED_ACCESSES)));
        try {
            // Kinow already has the new subscription, but the gateway's cache does not know yet.
            session = refresh(session, "MYPITCHOUN");

            notify(Map.of("event", "access_created", "data", Map.of("id_customer", 1002)), "pas-le-secret")
                    .then().statusCode(401);
            session = refresh(session, "MYPITCHOUN");

            notify(Map.of("event", "access_created", "data", Map.of("id_customer", 1002)),
                    "pitchoun-dev-webhook-secret").then().statusCode(204);
            refresh(session, "MYPITCHOUN", "MYPITCHOUN_PLUS");
        } finally {
            kinow.removeStub(upgraded);
            notify(Map.of("event", "access_deleted", "id_customer", 1002), "pitchoun-dev-webhook-secret")
                    .then().statusCode(204);
        }
    }

    @Test
    void otherEventsAreAcceptedAndAccessEventsNeedACustomer() {
        notify(Map.of("event", "order_created", "data", Map.of("id", 5)), "pitchoun-dev-webhook-secret")
                .then().statusCode(204);
        notify(Map.of("event", "access_updated", "data", Map.of()), "pitchoun-dev-webhook-secret")
                .then().statusCode(400);
    }

    private static String refresh(String session, String... entitlements) {
        return given().cookie(SessionCookies.NAME, session).post("/api/sessions/refresh")
                .then().statusCode(200).body("entitlements", contains((Object[]) entitlements))
                .extract().cookie(SessionCookies.NAME);
    }

    private static io.restassured.response.Response notify(Map<String, Object> body, String secret) {
        return given().contentType(ContentType.JSON).header("X-Pitchoun-Webhook-Secret", secret).body(body)
                .post("/webhooks/kinow");
    }
}
