package fr.pitchoun.transcode.health;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class ReadinessTest {

    @Test
    void readyWhenKafkaFfmpegAndTheHlsFolderAreThere() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItems("ffmpeg", "hls-folder", "SmallRye Reactive Messaging - readiness check"));
    }
}
