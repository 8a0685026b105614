package fr.pitchoun.cms.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pitchoun.cms.content.Actor;
import fr.pitchoun.cms.programme.EpisodeCatalog;
import fr.pitchoun.cms.programme.EpisodeForm;
import fr.pitchoun.cms.programme.Programme;
import fr.pitchoun.cms.programme.ProgrammeCatalog;
import fr.pitchoun.cms.programme.ProgrammeForm;
import fr.pitchoun.contracts.TopicContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The records this service really sends on pitchoun.cms.content-changed, read back from the test broker as they
 * came (bytes, not re-serialized), follow the topic's contract: deploy/contracts/pitchoun.cms.content-changed/.
 */
@QuarkusTest
class ContentChangedContractTest {

    private static final Actor TESTER = new Actor(null, "Test du contrat");

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final TopicContract contract = TopicContract.of(ContentChangedTopic.TOPIC);

    @Inject
    ProgrammeCatalog programmes;

    @Inject
    EpisodeCatalog episodes;

    @Test
    void programmeAndEpisodeEventsFollowTheContract() {
        String programmeSlug = "contrat-" + run;
        String episodeSlug = "contrat-episode-" + run;
        Programme programme = programmes.create(programme(programmeSlug, "PUBLISHED"), TESTER).item();
        episodes.create(programme.id, episode(episodeSlug, "Premier titre"), TESTER);
        long episodeId = programmes.episodes(programme).get(0).id;
        episodes.update(episodeId, episode(episodeSlug, "Titre retouché"), TESTER);
        programmes.update(programme.id, programme(programmeSlug, "ARCHIVED"), TESTER);

        try (ContentChangedTopic topic = new ContentChangedTopic()) {
            // programme PUBLISHED and UNPUBLISHED, episode PUBLISHED and UPDATED
            List<JsonNode> events = topic.await(e -> e.path("slug").asText().endsWith(run), 4, Duration.ofSeconds(20));
            List<String> seen = events.stream().map(e -> e.path("type").asText() + " " + e.path("action").asText())
                    .toList();
            assertTrue(seen.containsAll(List.of("programme PUBLISHED", "episode PUBLISHED", "episode UPDATED",
                    "programme UNPUBLISHED")), "events of this run: " + seen);

            List<ConsumerRecord<String, String>> sent = topic.records().stream()
                    .filter(record -> record.value().contains(run)).toList();
            assertEquals(events.size(), sent.size(), "records of this run: " + sent);
            sent.forEach(record -> contract.assertValid(record.value()));
        }
    }

    private static ProgrammeForm programme(String slug, String status) {
        ProgrammeForm form = new ProgrammeForm();
        form.title = "Contrat " + slug;
        form.slug = slug;
        form.ageMin = "4";
        form.ageMax = "8";
        form.status = status;
        return form;
    }

    private static EpisodeForm episode(String slug, String title) {
        EpisodeForm form = new EpisodeForm();
        form.number = "1";
        form.title = title;
        form.slug = slug;
        form.durationMinutes = "12";
        form.status = "PUBLISHED";
        return form;
    }
}
