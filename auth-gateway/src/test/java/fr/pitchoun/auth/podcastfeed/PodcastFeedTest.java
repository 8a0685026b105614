package fr.pitchoun.auth.podcastfeed;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import fr.pitchoun.auth.kinow.InjectKinowStandIn;
import fr.pitchoun.auth.kinow.KinowStandIn;
import fr.pitchoun.auth.session.SessionCookies;
import fr.pitchoun.auth.support.Viewers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A MyPitchoun+ family makes and resets its private feed; the site asks whose feed a secret opens, which Kinow's
 * subscriptions (the stand-in) decide at that moment. Real MariaDB: only the secret's hash is stored.
 */
@QuarkusTest
@QuarkusTestResource(KinowStandIn.class)
class PodcastFeedTest {

    private static final String PLUS = "mypitchoun-plus@demo.pitchoun.fr";
    private static final long PLUS_CUSTOMER = 1003;
    private static final String WEBHOOK_SECRET = "pitchoun-dev-webhook-secret";
    private static final Map<String, String> SESSIONS = new ConcurrentHashMap<>();

    @InjectKinowStandIn
    WireMockServer kinow;

    @Inject
    AgroalDataSource database;

    @Test
    void aPlusFamilyGetsASecretOnceAndOnlyItsHashIsStored() throws SQLException {
        String session = session(PLUS);
        String secret = reset(session).statusCode(201)
                .body("active", equalTo(true))
                .body("secret", matchesPattern("[A-Za-z0-9_-]{43}"))
                .extract().path("secret");

        given().cookie(SessionCookies.NAME, session).get("/api/podcast-feed").then().statusCode(200)
                .body("active", equalTo(true)).body("createdAt", not(nullValue())).body("secret", nullValue());
        String stored = storedHash(PLUS_CUSTOMER);
        assertEquals(FeedSecrets.sha256(secret), stored);
        assertFalse(stored.contains(secret));
        access(secret).statusCode(200).body("customerId", equalTo((int) PLUS_CUSTOMER));
    }

    @Test
    void aResetSecretOpensNothingAnyMoreAndAnswersLikeAForgedOne() {
        String session = session(PLUS);
        String old = reset(session).statusCode(201).extract().path("secret");
        String current = reset(session).statusCode(201).extract().path("secret");
        assertNotEquals(old, current);

        String revoked = access(old).statusCode(404).extract().body().asString();
        String forged = access(FeedSecrets.newSecret()).statusCode(404).extract().body().asString();
        String malformed = access("../../etc/passwd").statusCode(404).extract().body().asString();
        assertEquals(revoked, forged);
        assertEquals(revoked, malformed);
        assertEquals("{\"message\":\"Flux introuvable.\"}", revoked);
        access(current).statusCode(200);
    }

    @Test
    void familiesWithoutMyPitchounPlusCannotMakeAFeed() {
        for (String email : new String[] {"mypitchoun@demo.pitchoun.fr", "sans-abonnement@demo.pitchoun.fr",
                "expire@demo.pitchoun.fr"}) {
            String session = session(email);
            reset(session).statusCode(403)
                    .body("message", equalTo("Le flux privé des podcasts fait partie de l'offre MyPitchoun+."));
            given().cookie(SessionCookies.NAME, session).get("/api/podcast-feed").then().statusCode(403);
        }
        given().post("/api/podcast-feed").then().statusCode(401);
    }

    @Test
    void aFeedWhoseSubscriptionEndedOpensNothing() throws SQLException {
        // expire@ (1004) once had MyPitchoun+: its feed row is still there, but Kinow says the access ended.
        String secret = FeedSecrets.newSecret();
        storeFeed(1004, FeedSecrets.sha256(secret));
        access(secret).statusCode(404).body("message", equalTo("Flux introuvable."));
    }

    @Test
    void aDowngradeShowsAtTheNextReadOnceKinowsWebhookSaysSo() {
        String secret = reset(session(PLUS)).statusCode(201).extract().path("secret");
        access(secret).statusCode(200);
        StubMapping downgraded = kinow.stubFor(get(urlPathEqualTo("/customers/" + PLUS_CUSTOMER
                + "/accesses/subscriptions")).atPriority(0).willReturn(okJson(
                "{\"pagination\":{\"total\":0,\"current_page\":1,\"per_page\":100,\"last_page\":1},\"data\":[]}")));
        try {
            webhook();
            access(secret).statusCode(404);
        } finally {
            kinow.removeStub(downgraded);
            webhook();
        }
        access(secret).statusCode(200);
    }

    /**
     * One sign-in per account for the whole class. On a loaded 2-core machine the stand-in can answer slower than
     * the gateway's 2 s Kinow timeout, and the sign-in then rightly answers 503: that is not what these tests are
     * about, so such a sign-in is tried again (three times at most).
     */
    private static String session(String email) {
        return SESSIONS.computeIfAbsent(email, PodcastFeedTest::signIn);
    }

    private static String signIn(String email) {
        for (int attempt = 1; ; attempt++) {
            ValidatableResponse answer = Viewers.signIn(email, Viewers.PASSWORD);
            if (attempt == 3 || answer.extract().statusCode() != 503) {
                return answer.statusCode(200).extract().cookie(SessionCookies.NAME);
            }
        }
    }

    private static ValidatableResponse reset(String session) {
        return given().cookie(SessionCookies.NAME, session).post("/api/podcast-feed").then();
    }

    private static ValidatableResponse access(String secret) {
        return given().contentType(ContentType.JSON).body(Map.of("secret", secret))
                .post("/api/podcast-feed/access").then();
    }

    private static void webhook() {
        given().contentType(ContentType.JSON).header("X-Pitchoun-Webhook-Secret", WEBHOOK_SECRET)
                .body(Map.of("event", "access_updated", "data", Map.of("id_customer", PLUS_CUSTOMER)))
                .post("/webhooks/kinow").then().statusCode(204);
    }

    private String storedHash(long customerId) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT secret_sha256 FROM podcast_feed WHERE customer_id = ?")) {
            query.setLong(1, customerId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private void storeFeed(long customerId, String hash) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement upsert = connection.prepareStatement("INSERT INTO podcast_feed "
                     + "(customer_id, secret_sha256, created_at) VALUES (?, ?, ?) "
                     + "ON DUPLICATE KEY UPDATE secret_sha256 = VALUES(secret_sha256)")) {
            upsert.setLong(1, customerId);
            upsert.setString(2, hash);
            upsert.setTimestamp(3, Timestamp.from(Instant.now()));
            upsert.executeUpdate();
        }
    }
}
