package fr.pitchoun.ingest.publication;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pitchoun.ingest.channel.Channel;
import fr.pitchoun.ingest.streamstate.StreamStateOutbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NGINX-RTMP's callbacks as NGINX sends them, against the real MariaDB and Kafka of the test infrastructure. */
@QuarkusTest
class RtmpCallbackTest {

    private static final String DEMO_KEY = "demo-pitchoun-tv-key";
    private static final String JUNIOR_KEY = "demo-pitchoun-junior-key";
    private static final Duration DELIVERY = Duration.ofSeconds(15);

    @Inject
    StreamStateOutbox outbox;

    private StreamStateTopic topic;
    private Instant start;
    /** NGINX clients this test opened a publication for, ended afterwards so the shared database stays off air. */
    private final List<String[]> opened = new ArrayList<>();

    @BeforeEach
    void listen() throws Exception {
        // Events left by an earlier run go out first, so they cannot be taken for this test's.
        await().atMost(DELIVERY).until(() -> outbox.size() == 0);
        topic = StreamStateTopic.fromNow();
        start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    @AfterEach
    void cleanUp() {
        opened.forEach(call -> publishDone(call[0], call[1]));
        topic.close();
    }

    @Test
    void demoKeyIsRenamedToTheChannelAndAnnouncedOnKafka() {
        String client = newClient();
        publish(DEMO_KEY, client)
                .statusCode(302)
                .header("Location", "pitchoun-tv");
        opened.add(new String[]{DEMO_KEY, client});

        JsonNode event = topic.next("pitchoun-tv", json -> isNew(json, "PUBLISHING"), DELIVERY)
                .orElseThrow(() -> new AssertionError("no PUBLISHING record for pitchoun-tv")).value();
        assertEquals(1, event.get("schemaVersion").asInt());
        assertEquals("pitchoun-tv", event.get("channel").asText());
        assertEquals("rtmp://127.0.0.1:21935/live/pitchoun-tv", event.get("pullUrl").asText());
        UUID.fromString(event.get("eventId").asText());

        given().get("/api/channels").then().statusCode(200)
                .body("find { it.slug == 'pitchoun-tv' }.live", equalTo(true))
                .body("find { it.slug == 'pitchoun-tv' }.liveSince", equalTo(event.get("occurredAt").asText()))
                .body("find { it.slug == 'pitchoun-junior' }.live", equalTo(false));
    }

    @Test
    void publishDoneEndsThePublicationAndAnnouncesIt() {
        String client = newClient();
        publish(DEMO_KEY, client).statusCode(302);

        // NGINX sends the name the encoder used, the key, even though it renamed the stream.
        publishDone(DEMO_KEY, client);

        JsonNode event = topic.next("pitchoun-tv", json -> isNew(json, "UNPUBLISHED"), DELIVERY)
                .orElseThrow(() -> new AssertionError("no UNPUBLISHED record for pitchoun-tv")).value();
        assertTrue(event.get("pullUrl").isNull(), "an UNPUBLISHED event has a null pullUrl: " + event);
        given().get("/api/channels").then()
                .body("find { it.slug == 'pitchoun-tv' }.live", equalTo(false))
                .body("find { it.slug == 'pitchoun-tv' }.liveSince", nullValue());
    }

    @Test
    void unknownKeyIsRefusedAndNothingIsAnnounced() {
        publish("not-a-valid-key", newClient()).statusCode(403);

        assertEquals(0, outbox.size(), "no event waits in the outbox");
        assertEquals(List.of(), topic.all(List.of("pitchoun-tv", "pitchoun-junior"), Duration.ofSeconds(3)));
        given().get("/api/channels").then().body("live", equalTo(List.of(false, false)));
    }

    @Test
    void disabledChannelIsRefused() {
        setEnabled("pitchoun-junior", false);
        try {
            publish(JUNIOR_KEY, newClient()).statusCode(403);
            assertEquals(0, outbox.size(), "no event waits in the outbox");
        } finally {
            setEnabled("pitchoun-junior", true);
        }
        String client = newClient();
        publish(JUNIOR_KEY, client).statusCode(302).header("Location", "pitchoun-junior");
        opened.add(new String[]{JUNIOR_KEY, client});
    }

    @Test
    void secondEncoderOnALiveChannelIsRefusedAndCannotEndTheFirst() {
        String first = newClient();
        publish(DEMO_KEY, first).statusCode(302);
        opened.add(new String[]{DEMO_KEY, first});
        topic.next("pitchoun-tv", json -> isNew(json, "PUBLISHING"), DELIVERY).orElseThrow();

        String second = newClient();
        publish(DEMO_KEY, second).statusCode(409);
        publishDone(DEMO_KEY, second);

        assertEquals(List.of(), topic.all(List.of("pitchoun-tv"), Duration.ofSeconds(3)));
        given().get("/api/channels").then()
                .body("find { it.slug == 'pitchoun-tv' }.live", equalTo(true))
                .body("find { it.slug == 'pitchoun-tv' }.liveSince", notNullValue());
    }

    /** Recent enough to be this test's, and in the given state. */
    private boolean isNew(JsonNode event, String state) {
        return state.equals(event.path("state").asText())
                && !Instant.parse(event.path("occurredAt").asText()).isBefore(start);
    }

    /** A form like the one NGINX-RTMP 1.2.2 posts on publish (captured from the test infrastructure's NGINX). */
    private static ValidatableResponse publish(String key, String client) {
        return given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("app", "live").formParam("flashver", "FMLE/3.0 (compatible; Lavf59.27")
                .formParam("swfurl", "").formParam("tcurl", "rtmp://127.0.0.1:21935/live").formParam("pageurl", "")
                .formParam("addr", "127.0.0.1").formParam("clientid", client).formParam("call", "publish")
                .formParam("name", key).formParam("type", "live")
                .post("/rtmp/publish").then();
    }

    private static void publishDone(String key, String client) {
        given().contentType(ContentType.URLENC)
                .formParam("app", "live").formParam("addr", "127.0.0.1").formParam("clientid", client)
                .formParam("call", "publish_done").formParam("name", key)
                .post("/rtmp/publish-done").then().statusCode(204);
    }

    /** NGINX numbers its connections; a random one cannot collide with a real NGINX's on the shared database. */
    private static String newClient() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void setEnabled(String slug, boolean enabled) {
        QuarkusTransaction.requiringNew().run(() ->
                Channel.<Channel>find("slug", slug).firstResult().enabled = enabled);
    }
}
