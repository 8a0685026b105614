package fr.pitchoun.transcode.event;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.matchesRegex;

/**
 * The consumer lag the alert RetardConsommateurStreamState reads on Debian (deploy/monitoring/prometheus/rules):
 * Kafka's client metric, through Micrometer, for the stream-state consumer once its partitions are assigned.
 */
@QuarkusTest
class StreamStateLagMetricTest {

    @Test
    void theStreamStateConsumersLagIsInTheMetrics() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().get("/q/metrics").then().statusCode(200).body(matchesRegex("(?s).*\\n"
                        + "kafka_consumer_fetch_manager_records_lag\\{client_id=\"kafka-consumer-stream-state\"[^}]*"
                        + "topic=\"pitchoun\\.live\\.stream-state\"[^}]*\\} [0-9.]+\\n.*")));
    }
}
