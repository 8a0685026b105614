package fr.pitchoun.ingest.health;

import fr.pitchoun.ingest.streamstate.PendingEvent;
import fr.pitchoun.ingest.testsupport.NginxCallbacks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With the Kafka broker unreachable: not ready, yet NGINX still gets its answer at once and no event is lost. */
@QuarkusTest
@TestProfile(KafkaAwayTest.NoBroker.class)
class KafkaAwayTest {

    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Nothing listens on port 1.
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:1", "pitchoun.ingest.event-send-timeout", "PT1S");
        }
    }

    @Inject
    EntityManager entities;

    @Test
    void notReadyWithoutKafka() {
        given().get("/q/health/ready")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Kafka connection health check' }.status", equalTo("DOWN"))
                .body("checks.find { it.name.contains('Database') }.status", equalTo("UP"));
    }

    @Test
    void nginxIsAnsweredAtOnceAndTheEventWaitsInTheOutbox() {
        String client = "test-kafka-away";
        try {
            given().redirects().follow(false).contentType(ContentType.URLENC).queryParam("secret", NginxCallbacks.SECRET)
                    .formParam("call", "publish").formParam("name", "demo-pitchoun-tv-key")
                    .formParam("clientid", client).formParam("addr", "127.0.0.1")
                    .post("/rtmp/publish")
                    .then().statusCode(302).header("Location", "pitchoun-tv")
                    .time(lessThan(2000L));

            // The relay tried, failed, kept the event and tried again on its next round (every 5 s).
            PendingEvent kept = await().atMost(Duration.ofSeconds(30))
                    .until(() -> outbox().stream().filter(event -> event.attempts() >= 2).findFirst().orElse(null),
                            event -> event != null);
            assertEquals("pitchoun-tv", kept.key());
            assertTrue(kept.payload().contains("\"state\":\"PUBLISHING\""), kept.payload());
            assertTrue(kept.lastError() != null && !kept.lastError().isBlank(), "the failure is recorded");
        } finally {
            given().contentType(ContentType.URLENC).queryParam("secret", NginxCallbacks.SECRET)
                    .formParam("call", "publish_done").formParam("name", "demo-pitchoun-tv-key")
                    .formParam("clientid", client).formParam("addr", "127.0.0.1")
                    .post("/rtmp/publish-done").then().statusCode(204);
            // This test's own events would otherwise reach the next service started on the shared database.
            QuarkusTransaction.requiringNew().run(() -> entities
                    .createQuery("delete from PendingEvent where recordKey = :channel")
                    .setParameter("channel", "pitchoun-tv").executeUpdate());
        }
    }

    private List<PendingEvent> outbox() {
        return QuarkusTransaction.requiringNew().call(() -> entities
                .createQuery("from PendingEvent", PendingEvent.class).getResultList());
    }
}
