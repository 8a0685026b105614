package fr.pitchoun.transcode;

import io.restassured.path.json.JsonPath;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** The worker's status API as the tests read it. */
public final class Channels {

    private Channels() {
    }

    public static JsonPath status(String channel) {
        return given().get("/api/channels/" + channel).then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath awaitState(String channel, String state, Duration atMost) {
        return await(channel + " " + state).atMost(atMost).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    // 404 until the worker has heard of the channel.
                    var response = given().get("/api/channels/" + channel);
                    return response.statusCode() == 200 ? response.jsonPath() : null;
                }, s -> s != null && state.equals(s.getString("state")));
    }
}
