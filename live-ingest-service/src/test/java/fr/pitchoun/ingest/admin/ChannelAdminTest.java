package fr.pitchoun.ingest.admin;

import fr.pitchoun.ingest.testsupport.AdminTokens;
import fr.pitchoun.ingest.testsupport.StreamStateTopic;
import fr.pitchoun.ingest.testsupport.TestChannels;
import fr.pitchoun.outbox.Outbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static fr.pitchoun.ingest.testsupport.NginxCallbacks.newClient;
import static fr.pitchoun.ingest.testsupport.NginxCallbacks.publish;
import static fr.pitchoun.ingest.testsupport.NginxCallbacks.publishDone;
import static fr.pitchoun.ingest.testsupport.NginxCallbacks.update;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasLength;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The admin API as a service account holding ingest.admin uses it, and what NGINX's callbacks then answer. */
@QuarkusTest
class ChannelAdminTest {

    @Inject
    Outbox outbox;

    private final TestChannels channels = new TestChannels();
    private StreamStateTopic topic;

    @BeforeEach
    void listen() throws Exception {
        topic = StreamStateTopic.afterOutbox(outbox);
    }

    @AfterEach
    void cleanUp() {
        topic.close();
        channels.close();
    }

    @Test
    void refusesCallersWithoutAValidAdminToken() {
        String body = "{\"slug\":\"never-created\",\"name\":\"Jamais\"}";
        given().contentType(ContentType.JSON).body(body).post("/api/admin/channels").then().statusCode(401);
        for (String token : new String[]{AdminTokens.forged(), AdminTokens.expired(), AdminTokens.fromIssuer("someone-else")}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .post("/api/admin/channels").then().statusCode(401);
        }
        given().auth().oauth2(AdminTokens.withScopes("podcast.read")).contentType(ContentType.JSON).body(body)
                .post("/api/admin/channels").then().statusCode(403);
        given().auth().oauth2(AdminTokens.withScopes("podcast.read"))
                .post("/api/admin/channels/pitchoun-tv/stream-key").then().statusCode(403);
        given().get("/api/channels/never-created").then().statusCode(404);
    }

    @Test
    void aNewChannelGoesOnAirWithTheKeyShownOnce() {
        String slug = "test-new-" + Long.toString(System.nanoTime(), 36);
        channels.track(slug);
        String key = admin().contentType(ContentType.JSON)
                .body("{\"slug\":\"" + slug + "\",\"name\":\"  Pitchoun Test  \"}")
                .post("/api/admin/channels")
                .then().statusCode(201)
                .header("Location", endsWith("/api/channels/" + slug))
                .header("Cache-Control", "no-store")
                .body("channel.slug", equalTo(slug))
                .body("channel.name", equalTo("Pitchoun Test"))
                .body("channel.enabled", equalTo(true))
                .body("channel.live", equalTo(false))
                .body("channel.slate", nullValue())
                .body("streamKey", hasLength(43))
                .extract().path("streamKey");

        given().get("/api/channels/" + slug).then().statusCode(200).body(not(containsString(key)));
        String client = newClient();
        publish(key, client).statusCode(302).header("Location", slug);
        given().get("/api/channels/" + slug).then()
                .body("live", equalTo(true))
                .body("pullUrl", equalTo("rtmp://127.0.0.1:21935/live/" + slug));
        publishDone(key, client);

        admin().contentType(ContentType.JSON).body("{\"slug\":\"" + slug + "\",\"name\":\"Doublon\"}")
                .post("/api/admin/channels").then().statusCode(409).body("message", equalTo(
                        "Une chaîne a déjà le slug " + slug));
        admin().contentType(ContentType.JSON).body("{\"slug\":\"Pas Un Slug\",\"name\":\"X\"}")
                .post("/api/admin/channels").then().statusCode(400);
        admin().contentType(ContentType.JSON).body("{\"slug\":\"test-no-name\",\"name\":\" \"}")
                .post("/api/admin/channels").then().statusCode(400);
    }

    @Test
    void rotatingTheKeyRefusesTheOldOneAndDropsItsPublisher() {
        TestChannels.Created channel = channels.create("Rotation");
        String client = newClient();
        publish(channel.streamKey(), client).statusCode(302);
        topic.nextNew(channel.slug(), "PUBLISHING");

        String newKey = admin().post("/api/admin/channels/" + channel.slug() + "/stream-key")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("channel.live", equalTo(true))
                .extract().path("streamKey");
        assertNotEquals(channel.streamKey(), newKey);

        // The old key's publisher is dropped at NGINX's next on_update, and the channel goes off air with it.
        update("update_publish", channel.streamKey(), client).statusCode(403);
        topic.nextNew(channel.slug(), "UNPUBLISHED");
        given().get("/api/channels/" + channel.slug()).then().body("live", equalTo(false));
        publishDone(channel.streamKey(), client); // what NGINX sends after dropping it: nothing more happens
        assertEquals(0, topic.all(List.of(channel.slug()), Duration.ofSeconds(2)).size());

        publish(channel.streamKey(), newClient()).statusCode(403);
        String next = newClient();
        publish(newKey, next).statusCode(302).header("Location", channel.slug());
        update("update_publish", newKey, next).statusCode(204);
        publishDone(newKey, next);
    }

    @Test
    void disablingALiveChannelTakesItOffAirAndRefusesItsKeyUntilEnabled() {
        TestChannels.Created channel = channels.create("Désactivation");
        String client = newClient();
        publish(channel.streamKey(), client).statusCode(302);
        topic.nextNew(channel.slug(), "PUBLISHING");

        admin().post("/api/admin/channels/" + channel.slug() + "/disable")
                .then().statusCode(200)
                .body("enabled", equalTo(false))
                .body("live", equalTo(false))
                .body("pullUrl", nullValue());
        topic.nextNew(channel.slug(), "UNPUBLISHED");
        update("update_publish", channel.streamKey(), client).statusCode(403);
        publishDone(channel.streamKey(), client);
        publish(channel.streamKey(), newClient()).statusCode(403);

        admin().post("/api/admin/channels/" + channel.slug() + "/enable")
                .then().statusCode(200).body("enabled", equalTo(true));
        String again = newClient();
        publish(channel.streamKey(), again).statusCode(302);
        publishDone(channel.streamKey(), again);
        admin().post("/api/admin/channels/no-such-channel/disable").then().statusCode(404);
    }

    @Test
    void theSlateIsSetShownAndResetToTheGeneratedCard() {
        TestChannels.Created channel = channels.create("Habillage");
        String path = "/api/admin/channels/" + channel.slug() + "/slate";

        admin().contentType(ContentType.JSON).body("{\"slate\":\"https://static.pitchoun.fr/slates/test.mp4\"}")
                .put(path).then().statusCode(200).body("slate", equalTo("https://static.pitchoun.fr/slates/test.mp4"));
        given().get("/api/channels").then()
                .body("find { it.slug == '" + channel.slug() + "' }.slate",
                        equalTo("https://static.pitchoun.fr/slates/test.mp4"));

        admin().contentType(ContentType.JSON).body("{\"slate\":\"ftp://ailleurs/x.png\"}")
                .put(path).then().statusCode(400);
        admin().contentType(ContentType.JSON).body("{\"slate\":null}")
                .put(path).then().statusCode(200).body("slate", nullValue());
        given().get("/api/channels/" + channel.slug()).then().body("slate", nullValue());
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(AdminTokens.admin());
    }
}
