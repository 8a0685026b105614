package fr.pitchoun.e2e;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor changes the home page and a schedule slot in the CMS's pages: the change is in the JSON API, announced on
 * Kafka, and on the public site, whose copy of the CMS content only that event can refresh here. Prints how long each
 * took (measured, not asserted: speed is for benchmarks).
 */
@ExtendWith(TestPlatform.class)
class EditorsPublishTest {

    private static final String TOPIC = "pitchoun.cms.content-changed";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private KafkaConsumer<String, String> events;

    @BeforeEach
    void listenFromNow() {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestPlatform.KAFKA);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        events = new KafkaConsumer<>(settings);
        List<TopicPartition> partitions = events.partitionsFor(TOPIC, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
        events.assign(partitions);
        events.seekToEnd(partitions);
        partitions.forEach(events::position); // fixes "now" before the change
    }

    @AfterEach
    void stopListening() {
        events.close();
    }

    @Test
    void aHomePageBlockTheEditorChangesIsInTheApiOnKafkaAndOnTheSite() throws Exception {
        EditorForms editor = EditorForms.signIn();
        Matcher link = Pattern.compile("href=\"(/editeur/accueil/(\\d+))\">Les histoires du soir")
                .matcher(editor.page("/editeur/accueil"));
        assertTrue(link.find(), "the home page's list shows the demo podcast block");
        String title = "Les histoires du soir " + UUID.randomUUID().toString().substring(0, 6);
        List<Map.Entry<String, String>> form = editor.form(link.group(1), link.group(1));
        // The site now keeps the home page's blocks (for an hour in this platform): only the event can refresh them.
        String before = EditorForms.value(form, "title");
        awaitIn(TestPlatform.SITE_URL + "/", before);
        EditorForms.set(form, "title", title);
        EditorForms.set(form, "status", "PUBLISHED");

        long sent = System.nanoTime();
        HttpResponse<String> saved = editor.post(link.group(1), form);
        assertEquals(303, saved.statusCode(), "the block is saved: " + saved.body());
        long inApi = awaitIn(TestPlatform.CMS_URL + "/api/accueil", title) - sent;
        long onKafka = awaitEvent("home_page:" + link.group(2), "\"action\":\"UPDATED\"") - sent;
        long onSite = awaitIn(TestPlatform.SITE_URL + "/", title) - sent;
        System.out.printf("home block: JSON API after %d ms, Kafka after %d ms, site after %d ms%n",
                inApi / 1_000_000, onKafka / 1_000_000, onSite / 1_000_000);
    }

    @Test
    void aScheduleSlotTheEditorChangesIsInTheGuideAndOnKafka() throws Exception {
        EditorForms editor = EditorForms.signIn();
        String channel = TestPlatform.DEMO_CHANNEL;
        Matcher link = Pattern.compile("href=\"(/editeur/grille/creneaux/(\\d+))\"")
                .matcher(editor.page("/editeur/grille/" + channel));
        assertTrue(link.find(), "this week's schedule of the demo channel has slots");
        List<Map.Entry<String, String>> form = editor.form(link.group(1), link.group(1));
        String title = "Émission spéciale " + UUID.randomUUID().toString().substring(0, 6);
        EditorForms.set(form, "title", title);
        LocalDate day = LocalDate.parse(EditorForms.value(form, "date"));

        long sent = System.nanoTime();
        HttpResponse<String> saved = editor.post(link.group(1), form);
        assertEquals(303, saved.statusCode(), "the slot is saved: " + saved.body());
        long inApi = awaitIn(TestPlatform.CMS_URL + "/api/chaines/" + channel + "/grille?date=" + day, title) - sent;
        long onKafka = awaitEvent("schedule_slot:" + link.group(2), "\"slug\":\"" + channel + "\"") - sent;
        System.out.printf("schedule slot: JSON API after %d ms, Kafka after %d ms%n", inApi / 1_000_000,
                onKafka / 1_000_000);
    }

    /** When {@code url} first answered with {@code text} in it (System.nanoTime). */
    private static long awaitIn(String url, String text) {
        long[] seen = new long[1];
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20)).until(() -> {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            seen[0] = System.nanoTime();
            return answer.statusCode() == 200 && answer.body().contains(text);
        });
        return seen[0];
    }

    /** When the event keyed {@code key} whose JSON contains {@code text} arrived (System.nanoTime). */
    private long awaitEvent(String key, String text) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> event : events.poll(Duration.ofMillis(50))) {
                if (key.equals(event.key()) && event.value().contains(text)) {
                    return System.nanoTime();
                }
            }
        }
        throw new AssertionError("no content-changed event " + key + " with " + text + " within " + PATIENCE);
    }
}
