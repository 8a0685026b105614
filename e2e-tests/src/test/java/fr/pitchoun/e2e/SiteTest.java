package fr.pitchoun.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What editors publish in cms-service is what viewers find on the public site, through the real services. */
@ExtendWith(TestPlatform.class)
class SiteTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** The demo editor seeded by cms-service's demo content (see its README). */
    private static final String EDITOR_EMAIL = "editrice@pitchoun.test";
    private static final String EDITOR_PASSWORD = "Pitchoun-Edition-2026";
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

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
        EditorBrowser editor = EditorBrowser.signIn();
        assertEquals(303, editor.createProgramme(published, "PUBLISHED"), "the CMS accepts the published programme");
        assertEquals(303, editor.createProgramme(draft, "DRAFT"), "the CMS accepts the draft");

        String home = get(TestPlatform.SITE_URL + "/");
        assertTrue(home.contains(published), "a programme the editor published is on the home page");
        assertFalse(home.contains(draft), "a draft never reaches viewers");
    }

    /** The demo editor's browser: the session and CSRF cookies in its cookie jar, the form token from the page. */
    private record EditorBrowser(HttpClient http, String csrfToken) {

        static EditorBrowser signIn() throws Exception {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                    .cookieHandler(new CookieManager()).build();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(
                    URI.create(TestPlatform.CMS_URL + "/editeur/connexion")).build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF_INPUT.matcher(page.body());
            assertTrue(token.find(), "the sign-in page carries a CSRF token");
            EditorBrowser browser = new EditorBrowser(http, token.group(1));
            assertEquals(303, browser.post("/editeur/connexion",
                    Map.of("email", EDITOR_EMAIL, "password", EDITOR_PASSWORD)), "the demo editor signs in");
            return browser;
        }

        int createProgramme(String title, String status) throws Exception {
            return post("/editeur/programmes/nouveau", Map.of("title", title,
                    "synopsis", "Créé par le test de bout en bout.", "ageMin", "4", "ageMax", "8", "status", status));
        }

        private int post(String path, Map<String, String> fields) throws Exception {
            Map<String, String> form = new HashMap<>(fields);
            form.put("csrf-token", csrfToken);
            String body = form.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpRequest request = HttpRequest.newBuilder(URI.create(TestPlatform.CMS_URL + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url);
        return response.body();
    }
}
