package fr.pitchoun.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parents' space through every real part: a child of mypitchoun@ plays part of a replay episode in headless
 * Chromium; back as the parent, « Espace parents » shows that time today and the episode's learning theme within a
 * few seconds (report → gateway outbox → Kafka → consumer → aggregates → the page's one read).
 */
@ExtendWith(TestPlatform.class)
class ParentsSpaceTest {

    private static final String MYPITCHOUN = "mypitchoun@demo.pitchoun.fr";
    private static final Pattern EPISODE_LINK = Pattern.compile("href=\"/programmes/([a-z0-9-]+)/([a-z0-9-]+)\"");
    private static final Pattern SECONDS = Pattern.compile("(\\d+) s");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void whatAChildPlayedShowsInTheParentsSpaceWithinSeconds() throws Exception {
        TestPlatform platform = TestPlatform.get();
        ChromeDriver browser = HeadlessChromium.start(platform.workDir);
        Long child = null;
        try {
            FamilyProfilesTest.signIn(browser, "/espace-parents");
            String session = FamilyProfilesTest.cookieOf(browser);
            child = createProfile(session);
            // Before anything was played: the page says so, for every part.
            browser.get(TestPlatform.SITE_URL + "/espace-parents?enfant=" + child);
            assertTrue(browser.findElement(By.id("titre-enfant")).getText().contains("Noé"));
            assertEquals("Pas encore de quiz", browser.findElement(By.id("quiz-vide")).getText());
            assertEquals("/temps-ecran", URI.create(browser.findElement(
                    By.linkText("Régler le temps d'écran")).getAttribute("href")).getPath());

            browser.findElement(By.id("qui-regarde")).click();
            browser.findElement(By.id("profil-" + child)).click();
            await("the header says Noé watches").atMost(Duration.ofSeconds(10))
                    .until(() -> browser.findElement(By.id("qui-regarde")).getText().contains("Noé"));
            // The parents' space is the parent's: a child watching is asked to hand over.
            browser.get(TestPlatform.SITE_URL + "/espace-parents");
            assertTrue(browser.findElement(By.id("je-suis-le-parent")).isDisplayed());

            String[] episode = episodeWithThemes(FamilyProfilesTest.cookieOf(browser));
            List<String> themes = themesOf(episode[0], episode[1]);
            browser.get(TestPlatform.SITE_URL + "/programmes/" + episode[0] + "/" + episode[1]);
            WebElement video = browser.findElement(By.id("lecteur-replay"));
            double played = FamilyProfilesTest.playTenSeconds(browser, video);
            long paused = System.nanoTime();

            browser.findElement(By.id("qui-regarde")).click();
            browser.findElement(By.id("profil-parent")).click();
            await("the header says the parent watches").atMost(Duration.ofSeconds(10))
                    .until(() -> browser.findElement(By.id("qui-regarde")).getText().contains("Parent"));
            long noe = child;
            await("today's time shows in the parents' space").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500)).until(() -> {
                        browser.get(TestPlatform.SITE_URL + "/espace-parents?enfant=" + noe);
                        return !browser.findElements(By.cssSelector("svg.graphique rect.regarde")).isEmpty();
                    });
            double seconds = (System.nanoTime() - paused) / 1e9;
            List<WebElement> rows = browser.findElements(By.cssSelector("#tableau-jours tbody tr"));
            assertEquals(28, rows.size());
            String today = rows.get(27).findElements(By.tagName("td")).get(0).getAttribute("textContent");
            Matcher watched = SECONDS.matcher(today);
            assertTrue(watched.matches(), today);
            assertTrue(Math.abs(Integer.parseInt(watched.group(1)) - played) <= 3,
                    "shown " + today + " for about " + played + " s played");
            String themesTable = browser.findElement(By.id("themes")).getText();
            assertTrue(themesTable.contains(themes.get(0)), themesTable + " should name " + themes);
            assertTrue(browser.findElement(By.id("total-temps")).getText().contains(watched.group(1) + " s regardé"));
            assertFalse(browser.findElements(By.cssSelector("#suggestions a")).isEmpty(), "something to watch next");
            System.out.printf("parents' space showed %s played %.1f s after the pause%n", today, seconds);
        } finally {
            browser.quit();
            if (child != null) {
                HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.AUTH_URL + "/api/profiles/" + child))
                        .header("Cookie", FamilyProfilesTest.signedIn()).DELETE().build(), HttpResponse.BodyHandlers.discarding());
            }
        }
    }

    private static long createProfile(String session) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.AUTH_URL
                        + "/api/profiles")).header("Cookie", session).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Noé\",\"ageBand\":\"7-9\",\"avatar\":\"owl\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, answer.statusCode(), answer.body());
        return JSON.readTree(answer.body()).path("id").asLong();
    }

    /** An episode of the replay page that this session plays whole and that has learning themes. */
    private static String[] episodeWithThemes(String session) throws IOException, InterruptedException {
        Matcher links = EPISODE_LINK.matcher(FamilyProfilesTest.page(null, "/replay"));
        while (links.find()) {
            String path = "/programmes/" + links.group(1) + "/" + links.group(2);
            if (!themesOf(links.group(1), links.group(2)).isEmpty()
                    && FamilyProfilesTest.page(session, path).contains("data-apprentissage=")) {
                return new String[] {links.group(1), links.group(2)};
            }
        }
        throw new AssertionError("no episode with learning themes plays whole for " + MYPITCHOUN);
    }

    private static List<String> themesOf(String programme, String episode) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.CMS_URL
                + "/api/programmes/" + programme)).build(), HttpResponse.BodyHandlers.ofString());
        for (JsonNode e : JSON.readTree(answer.body()).path("episodes")) {
            if (e.path("slug").asText().equals(episode)) {
                List<String> themes = new java.util.ArrayList<>();
                e.path("learningThemes").forEach(theme -> themes.add(theme.asText()));
                return themes;
            }
        }
        return List.of();
    }
}
