package fr.pitchoun.ingest.health;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Readiness says DOWN when the Kafka broker does not answer, while the database still does. */
@QuarkusTest
@TestProfile(ReadinessTest.NoBroker.class)
class ReadinessTest {

    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Nothing listens on port 1; the producer is never used here, so no event is lost.
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:1");
        }
    }

    @Test
    void notReadyWithoutKafka() {
        given().get("/q/health/ready")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Kafka connection health check' }.status", equalTo("DOWN"))
                .body("checks.find { it.name.contains('Database') }.status", equalTo("UP"));
    }
}
