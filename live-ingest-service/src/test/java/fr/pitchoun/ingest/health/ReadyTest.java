package fr.pitchoun.ingest.health;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class ReadyTest {

    @Test
    void readyWhenDatabaseAndKafkaAnswer() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Kafka connection health check", "Database connections health check"));
    }

    @Test
    void exposesPrometheusMetrics() {
        given().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("pitchoun_ingest_stream_state_events_sent_total"));
    }
}
