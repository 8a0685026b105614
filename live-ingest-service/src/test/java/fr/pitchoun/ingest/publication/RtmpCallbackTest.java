package fr.pitchoun.ingest.publication;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pitchoun.ingest.channel.Channel;
import fr.pitchoun.ingest.testsupport.StreamStateTopic;
import fr.pitchoun.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static fr.pitchoun.ingest.testsupport.NginxCallbacks.newClient;
import static fr.pitchoun.ingest.testsupport.NginxCallbacks.publish;
import static fr.pitchoun.ingest.testsupport.NginxCallbacks.publishDone;
import static fr.pitchoun.ingest.testsupport.NginxCallbacks.update;
import static io.restassured.RestAssured.given;
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

    @Inject
    Outbox outbox;

    @Inject
    PublishingDesk desk;

    private StreamStateTopic topic;
    /** NGINX clients this test opened a publication for, ended afterwards so the shared database stays off air. */
    private final List<String[]> opened = new ArrayList<>();

    @BeforeEach
    void listen() throws Exception {
        topic = StreamStateTopic.afterOutbox(outbox);
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

        JsonNode event = topic.nextNew("pitchoun-tv", "PUBLISHING");
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

        JsonNode event = topic.nextNew("pitchoun-tv", "UNPUBLISHED");
        assertTrue(event.get("pullUrl").isNull(), "an UNPUBLISHED event has a null pullUrl: " + event);
        given().get("/api/channels").then()
                .body("find { it.slug == 'pitchoun-tv' }.live", equalTo(false))
                .body("find { it.slug == 'pitchoun-tv' }.liveSince", nullValue());
    }

    @Test
    void unknownKeyIsRefusedAndNothingIsAnnounced() {
        publish("not-a-valid-key", newClient()).statusCode(403);

        assertEquals(0, outbox.waiting(), "no event waits in the outbox");
        assertEquals(List.of(), topic.all(List.of("pitchoun-tv", "pitchoun-junior"), Duration.ofSeconds(3)));
        given().get("/api/channels").then().body("live", equalTo(List.of(false, false)));
    }

    @Test
    void disabledChannelIsRefused() {
        setEnabled("pitchoun-junior", false);
        try {
            publish(JUNIOR_KEY, newClient()).statusCode(403);
            assertEquals(0, outbox.waiting(), "no event waits in the outbox");
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
        topic.nextNew("pitchoun-tv", "PUBLISHING");

        String second = newClient();
        publish(DEMO_KEY, second).statusCode(409);
        publishDone(DEMO_KEY, second);

        assertEquals(List.of(), topic.all(List.of("pitchoun-tv"), Duration.ofSeconds(3)));
        given().get("/api/channels").then()
                .body("find { it.slug == 'pitchoun-tv' }.live", equalTo(true))
                .body("find { it.slug == 'pitchoun-tv' }.liveSince", notNullValue());
    }

    @Test
    void updateKeepsThePublisherAndIsItsHeartbeat() throws InterruptedException {
        String client = newClient();
        publish(DEMO_KEY, client).statusCode(302);
        opened.add(new String[]{DEMO_KEY, client});
        Instant before = lastSeen(client);
        Thread.sleep(5); // heartbeats are kept to the millisecond

        update("update_publish", DEMO_KEY, client).statusCode(204);

        assertTrue(lastSeen(client).isAfter(before), "on_update moves the publication's heartbeat forward");
        // The transcoder pulling the renamed stream gets on_update too, as a player: never dropped.
        update("update_play", "pitchoun-tv", newClient()).statusCode(204);
        // A publisher the service knows nothing of (its publication was closed) is dropped.
        update("update_publish", DEMO_KEY, newClient()).statusCode(403);
    }

    @Test
    void aPublicationNginxStoppedConfirmingIsClosedAndTheChannelCanGoOnAirAgain() {
        String vanished = newClient();
        publish(DEMO_KEY, vanished).statusCode(302);
        topic.nextNew("pitchoun-tv", "PUBLISHING");
        // NGINX crashed: no publish_done, no more on_update. Make the last heartbeat 31 s old (3 x 10 s + 1).
        QuarkusTransaction.requiringNew().run(() -> Publication.update(
                "lastSeenAt = ?1 where nginxClientId = ?2", Instant.now().minusSeconds(31), vanished));
        String restarted = newClient();
        publish(DEMO_KEY, restarted).statusCode(409);

        assertEquals(1, desk.closeSilent());

        topic.nextNew("pitchoun-tv", "UNPUBLISHED");
        publish(DEMO_KEY, restarted).statusCode(302);
        opened.add(new String[]{DEMO_KEY, restarted});
        assertEquals(0, desk.closeSilent(), "a publication just confirmed stays open");
    }

    private static Instant lastSeen(String client) {
        return QuarkusTransaction.requiringNew().call(() ->
                Publication.<Publication>find("nginxClientId", client).firstResult().lastSeenAt);
    }

    private static void setEnabled(String slug, boolean enabled) {
        QuarkusTransaction.requiringNew().run(() ->
                Channel.<Channel>find("slug", slug).firstResult().enabled = enabled);
    }
}
