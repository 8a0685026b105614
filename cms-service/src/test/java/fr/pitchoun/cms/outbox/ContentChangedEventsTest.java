package fr.pitchoun.cms.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pitchoun.cms.content.Actor;
import fr.pitchoun.cms.programme.Programme;
import fr.pitchoun.cms.programme.ProgrammeCatalog;
import fr.pitchoun.cms.programme.ProgrammeForm;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each change the site can see is announced on Kafka (real broker, 29092), and only changes that committed. */
@QuarkusTest
class ContentChangedEventsTest {

    private static final Actor TESTER = new Actor(null, "Test");
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final ContentChangedTopic topic = new ContentChangedTopic();

    @Inject
    ProgrammeCatalog programmes;

    @AfterEach
    void close() {
        topic.close();
    }

    @Test
    void publishingChangingAndUnpublishingAProgrammeEachSendAnEventButDraftEditsDoNot() {
        String slug = "evenements-" + run;
        Programme programme = programmes.create(form("Événements " + run, slug, "DRAFT"), TESTER).item();
        programmes.update(programme.id, form("Événements (brouillon retouché) " + run, slug, "DRAFT"), TESTER);
        programmes.update(programme.id, form("Événements " + run, slug, "PUBLISHED"), TESTER);
        programmes.update(programme.id, form("Événements, nouveau titre " + run, slug, "PUBLISHED"), TESTER);
        programmes.update(programme.id, form("Événements, nouveau titre " + run, slug, "ARCHIVED"), TESTER);

        List<JsonNode> events = topic.await(e -> slug.equals(e.path("slug").asText()), 3, Duration.ofSeconds(20));

        assertEquals(List.of("PUBLISHED", "UPDATED", "UNPUBLISHED"),
                events.stream().map(e -> e.get("action").asText()).toList(), "one event per visible change, in order");
        JsonNode published = events.get(0);
        assertEquals(1, published.get("schemaVersion").asInt());
        assertEquals("programme", published.get("type").asText());
        assertEquals(programme.id.longValue(), published.get("id").asLong());
        assertTrue(published.get("eventId").asText().matches("[0-9a-f-]{36}"));
        assertTrue(topic.records().stream().filter(r -> r.value().contains(slug))
                .allMatch(r -> r.key().equals("programme:" + programme.id)), "keyed by item, so its events stay in order");
    }

    @Test
    void aChangeThatIsRolledBackPublishesNothing() {
        String abandoned = "abandonne-" + run;
        String kept = "garde-" + run;

        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            programmes.create(form("Abandonné " + run, abandoned, "PUBLISHED"), TESTER);
            throw new IllegalStateException("the editor's transaction fails after the change");
        }));
        programmes.create(form("Gardé " + run, kept, "PUBLISHED"), TESTER);

        // The kept change was made after the abandoned one: once its event is here, the other would be too.
        assertEquals(1, topic.await(e -> kept.equals(e.path("slug").asText()), 1, Duration.ofSeconds(20)).size());
        assertEquals(0, topic.await(e -> abandoned.equals(e.path("slug").asText()), 1, Duration.ofMillis(500)).size(),
                "a rolled-back change sends no event");
        assertTrue(programmes.bySlug(abandoned).isEmpty(), "and stores nothing");
    }

    @Test
    void theOutboxBacklogIsAGaugeForMonitoring() {
        io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.matchesRegex("(?s).*\\npitchoun_cms_content_changed_outbox_waiting [0-9]+\\.0\\n.*"));
    }

    private static ProgrammeForm form(String title, String slug, String status) {
        ProgrammeForm form = new ProgrammeForm();
        form.title = title;
        form.slug = slug;
        form.ageMin = "4";
        form.ageMax = "8";
        form.status = status;
        return form;
    }
}
