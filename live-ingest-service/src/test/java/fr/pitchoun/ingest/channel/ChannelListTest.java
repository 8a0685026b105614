package fr.pitchoun.ingest.channel;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ChannelListTest {

    @Test
    void listsTheSeededChannelsWithoutTheirKeys() {
        String body = given().get("/api/channels")
                .then().statusCode(200)
                .body("slug", contains("pitchoun-junior", "pitchoun-tv"))
                .body("name", contains("Pitchoun Junior", "Pitchoun TV"))
                .body("enabled", everyItem(is(true)))
                .body("slate", everyItem(nullValue()))
                .body("pullUrl", everyItem(nullValue()))
                .body(not(containsString("demo-pitchoun")))
                .extract().asString();
        // Neither the key nor its digest leaves the service.
        assertFalse(body.contains(StreamKeys.digest("demo-pitchoun-tv-key")), body);
    }

    @Test
    void oneChannelBySlug() {
        given().get("/api/channels/pitchoun-tv")
                .then().statusCode(200)
                .body("name", is("Pitchoun TV"))
                .body("live", is(false));
        given().get("/api/channels/no-such-channel").then().statusCode(404);
    }

    @Test
    void describesTheApiInOpenApi() {
        given().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body(containsString("/api/channels"))
                .body(containsString("liveSince"))
                .body(containsString("pullUrl"))
                .body(containsString("/api/admin/channels/{slug}/stream-key"));
    }
}
