package fr.pitchoun.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What editors publish in cms-service is what viewers find on the public site, through the real services. */
@ExtendWith(TestPlatform.class)
class SiteTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void homePageListsTheDemoProgrammes() throws Exception {
        String home = get(TestPlatform.SITE_URL + "/");
        assertTrue(home.contains("Mission Océan"), "the demo programme published in the CMS is on the home page");
        assertTrue(home.contains("Les Petits Explorateurs"), "every demo programme is listed");
    }

    @Test
    void programmePublishedByAnEditorAppearsAndADraftDoesNot() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String published = "Les contes de Lou " + suffix;
        String draft = "Brouillon secret " + suffix;
        assertEquals(303, createProgramme(published, "PUBLISHED"), "the CMS accepts the published programme");
        assertEquals(303, createProgramme(draft, "DRAFT"), "the CMS accepts the draft");

        String home = get(TestPlatform.SITE_URL + "/");
        assertTrue(home.contains(published), "a programme the editor published is on the home page");
        assertFalse(home.contains(draft), "a draft never reaches viewers");
    }

    private static int createProgramme(String title, String status) throws Exception {
        Map<String, String> form = Map.of("title", title, "synopsis", "Créé par le test de bout en bout.",
                "ageMin", "4", "ageMax", "8", "status", status);
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestPlatform.CMS_URL + "/editeur/programmes/nouveau"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url);
        return response.body();
    }
}
