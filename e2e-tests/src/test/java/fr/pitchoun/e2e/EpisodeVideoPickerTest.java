package fr.pitchoun.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor links an episode to a Kinow video in cms-service's form, through auth-gateway's real catalogue API and
 * the Kinow stand-in: the video is checked there and published with Kinow's duration; an id Kinow does not know is
 * refused with a French message. The stand-in's video is a mapping this test posts to the test WireMock (an id of its
 * own, removed afterwards), so it does not depend on the demo catalogue.
 */
@ExtendWith(TestPlatform.class)
class EpisodeVideoPickerTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern PROGRAMME_LINK = Pattern.compile("href=\"/editeur/programmes/(\\d+)\"");

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final long videoId = 880_000_000L + ThreadLocalRandom.current().nextLong(1_000_000);
    private String mappingId;

    @BeforeEach
    void kinowHasTheVideo() throws Exception {
        String mapping = """
                {"priority": 1, "request": {"method": "GET", "urlPath": "/videos/%d"},
                 "response": {"status": 200, "headers": {"Content-Type": "application/json"},
                  "jsonBody": {"id": %d, "id_product": null, "position": 1, "active": true, "duration": 754,
                   "name": [{"lang": 2, "iso_code": "fr", "value": "Vidéo du test %s"}],
                   "cover": "https://images.kinow.example/%d.jpg", "thumbnail": null}}}
                """.formatted(videoId, videoId, run, videoId);
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.KINOW_URL
                        + "/__admin/mappings")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(mapping)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
        assertTrue(id.find(), created.body());
        mappingId = id.group(1);
    }

    @AfterEach
    void removeTheVideo() throws Exception {
        if (mappingId != null) {
            HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.KINOW_URL + "/__admin/mappings/" + mappingId))
                    .DELETE().build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    @Test
    void editorsNarrowTheSearchToAKinowCategory() throws Exception {
        EditorForms editor = EditorForms.signIn();
        String newEpisode = newEpisodeForm(editor, "rubrique-e2e-" + run);
        String page = editor.page(newEpisode);
        assertTrue(page.contains("<option value=\"202\">Histoires et énigmes</option>"), "Kinow's categories: " + page);

        // The stand-in's category 202 holds « Le Dragon timide » and « Les Énigmes de Lila ».
        List<Map.Entry<String, String>> search = editor.form(newEpisode, newEpisode);
        EditorForms.set(search, "videoCategory", "202");
        search.add(new AbstractMap.SimpleEntry<>("action", "chercher-video"));
        HttpResponse<String> found = editor.post(newEpisode, search);
        assertEquals(200, found.statusCode());
        assertTrue(found.body().contains("« Fafnou rougit »") && found.body().contains("« La clé du grenier »"),
                found.body());
        assertFalse(found.body().contains("« La mare »"), "a video of another category");
        assertTrue(found.body().contains("<option value=\"202\" selected>"), "the category stays chosen");

        EditorForms.set(search, "videoQuery", "mare");
        String none = editor.post(newEpisode, search).body();
        assertTrue(none.contains("Aucune vidéo du catalogue Kinow ne correspond à « mare » dans la rubrique "
                + "« Histoires et énigmes »."), none);
    }

    @Test
    void theChosenVideoIsCheckedAtKinowAndPublishedWithItsDuration() throws Exception {
        EditorForms editor = EditorForms.signIn();
        String slug = "replay-e2e-" + run;
        String newEpisode = newEpisodeForm(editor, slug);

        List<Map.Entry<String, String>> episode = editor.form(newEpisode, newEpisode);
        EditorForms.set(episode, "title", "Avec sa vidéo");
        EditorForms.set(episode, "durationMinutes", "13");
        EditorForms.set(episode, "status", "PUBLISHED");
        EditorForms.set(episode, "kinowVideoId", String.valueOf(videoId));
        HttpResponse<String> saved = editor.post(newEpisode, episode);
        assertEquals(303, saved.statusCode(), saved.body());
        String location = saved.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("?enregistre=1"), "saved with the catalogue's answer: " + location);

        String published = HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.CMS_URL + "/api/programmes/"
                + slug)).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(published.contains("\"video\":{\"kinowVideoId\":" + videoId + ",\"kinowExtractId\":null,"
                + "\"durationSeconds\":754,\"hasExtract\":false,\"available\":true}"), published);
        String form = editor.page(URI.create(location).getPath());
        assertTrue(form.contains("Vidéo actuelle : « Vidéo du test " + run + " », n° " + videoId + ", 12 min 34 s"),
                form);

        // An id the stand-in does not know (its catch-all answers 404): refused, nothing saved.
        List<Map.Entry<String, String>> edit = editor.form(URI.create(location).getPath(), URI.create(location).getPath());
        EditorForms.set(edit, "kinowVideoId", String.valueOf(videoId + 1));
        EditorForms.set(edit, "title", "Titre refusé");
        HttpResponse<String> refused = editor.post(URI.create(location).getPath(), edit);
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("Kinow n&#39;a pas (ou plus) de vidéo n° " + (videoId + 1)), refused.body());
        assertTrue(editor.page(URI.create(location).getPath()).contains("value=\"Avec sa vidéo\""));
    }

    /** A new published programme's « new episode » form address. */
    private String newEpisodeForm(EditorForms editor, String slug) throws Exception {
        List<Map.Entry<String, String>> programme = editor.form("/editeur/programmes/nouveau",
                "/editeur/programmes/nouveau");
        EditorForms.set(programme, "title", "Replay e2e " + slug);
        EditorForms.set(programme, "slug", slug);
        EditorForms.set(programme, "ageMin", "5");
        EditorForms.set(programme, "ageMax", "9");
        EditorForms.set(programme, "status", "PUBLISHED");
        assertEquals(303, editor.post("/editeur/programmes/nouveau", programme).statusCode());
        Matcher link = PROGRAMME_LINK.matcher(editor.page("/editeur?q=" + slug));
        assertTrue(link.find(), "the new programme is listed");
        return "/editeur/programmes/" + link.group(1) + "/episodes/nouveau";
    }
}
