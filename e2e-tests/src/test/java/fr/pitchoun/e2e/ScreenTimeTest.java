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
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Screen time through every real part, in two headless Chromium sessions of the same family (two browsers): the
 * parent sets a 1-minute limit on /temps-ecran; the child, who already played 50 s today, plays an episode in the
 * first browser until the learning pipeline counts the minute, and the player stops at its next progress report on
 * the pause page; in the second browser a new episode, the live and a podcast are refused too; the parent's password
 * unlocks the child for both browsers.
 */
@ExtendWith(TestPlatform.class)
class ScreenTimeTest {

    private static final String FAMILY = "mypitchoun-plus@demo.pitchoun.fr";
    private static final String PODCAST = "/podcasts/le-club-mypitchoun-plus/le-dragon-qui-collectionnait-les-nuages";
    private static final Pattern EPISODE_LINK = Pattern.compile("href=\"(/programmes/[a-z0-9-]+/[a-z0-9-]+)\"");
    private static final String PAUSE = "C'est l'heure de faire une pause !";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aLimitReachedMidEpisodeStopsThePlayerAndRefusesNewPlaybackInBothBrowsers() throws Exception {
        TestPlatform platform = TestPlatform.get();
        String parentSession = SiteViewer.signedIn(FAMILY);
        forgetProfiles(parentSession);
        long lina = createProfile(parentSession, "Lina");
        ChromeDriver first = HeadlessChromium.start(platform.workDir);
        ChromeDriver second = HeadlessChromium.start(platform.workDir);
        try {
            // The parent's form: what cannot be kept comes back with its message and what was typed.
            signIn(first, "/temps-ecran");
            first.get(TestPlatform.SITE_URL + "/temps-ecran");
            WebElement limit = first.findElement(By.id("limite-" + lina));
            limit.sendKeys("une heure");
            first.findElement(By.id("enregistrer-" + lina)).click();
            assertTrue(first.findElement(By.id("erreur-limite-" + lina)).getText().contains("nombre entier"));
            assertEquals("une heure", first.findElement(By.id("limite-" + lina)).getAttribute("value"));
            first.findElement(By.id("debut-" + lina)).sendKeys("20:00");
            first.findElement(By.id("fin-" + lina)).sendKeys("20:00");
            limit = first.findElement(By.id("limite-" + lina));
            limit.clear();
            limit.sendKeys("1");
            first.findElement(By.id("enregistrer-" + lina)).click();
            assertTrue(first.findElement(By.id("erreur-fin-" + lina)).getText().contains("même heure"));
            first.findElement(By.id("debut-" + lina)).clear();
            first.findElement(By.id("fin-" + lina)).clear();
            first.findElement(By.id("enregistrer-" + lina)).click();
            await("saved").atMost(Duration.ofSeconds(10))
                    .until(() -> first.getPageSource().contains("Les réglages ont été enregistrés."));

            // Lina watches in both browsers; she already played 50 s today (what the site reported earlier).
            choose(first, lina);
            signIn(second, "/replay");
            choose(second, lina);
            String linaFirst = cookieOf(first);
            report(linaFirst, 50);
            await("the 50 s are counted").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> screenTime(linaFirst).path("playedTodaySeconds").asDouble() >= 50);

            String episode = episodePlayedWhole(linaFirst);
            first.get(TestPlatform.SITE_URL + episode);
            WebElement video = first.findElement(By.id("lecteur-replay"));
            first.executeScript("arguments[0].muted = true;", video);
            By fromStart = By.id("bouton-debut");
            first.findElement(first.findElements(fromStart).isEmpty() ? By.id("bouton-lecture") : fromStart).click();
            // The learning report at 30 s of playing brings the day to 80 s; the next progress report is refused.
            await("the player stops on the pause page").atMost(Duration.ofSeconds(75))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> first.getCurrentUrl().contains("/temps-ecran/pause"));
            assertEquals(PAUSE, first.findElement(By.tagName("h1")).getText());
            assertTrue(first.findElement(By.id("reouverture")).getText().contains("demain"));

            // The second browser: a new episode, the live, the radios and a podcast all lead to the pause page (the podcast
            // last: the unlock below sends the browser back there).
            for (String refused : new String[] {episode, "/direct/pitchoun-tv", "/radios", PODCAST}) {
                second.get(TestPlatform.SITE_URL + refused);
                assertTrue(second.getCurrentUrl().contains("/temps-ecran/pause?retour="), refused + ": "
                        + second.getCurrentUrl());
                assertEquals(PAUSE, second.findElement(By.tagName("h1")).getText(), refused);
                browser(second).implicitlyWait(Duration.ZERO);
                assertTrue(second.findElements(By.tagName("video")).isEmpty(), refused + " has no player");
                assertTrue(second.findElements(By.tagName("audio")).isEmpty(), refused + " has no player");
                browser(second).implicitlyWait(Duration.ofSeconds(10));
            }
            HttpResponse<String> address = SiteViewer.HTTP.send(HttpRequest.newBuilder(
                            URI.create(TestPlatform.SITE_URL + "/direct/adresse?chaine=pitchoun-tv"))
                    .header("Cookie", cookieOf(second))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(423, address.statusCode(), "no new live address: " + address.body());

            // The parent unlocks from the second browser: a wrong password is refused, the right one opens both.
            second.findElement(By.id("motDePasse")).sendKeys("pas-le-bon");
            second.findElement(By.cssSelector("#duree option[value='30']")).click();
            second.findElement(By.id("debloquer")).click();
            assertTrue(second.findElement(By.id("erreur-deblocage")).getText().contains("mot de passe"));
            assertTrue(second.findElement(By.cssSelector("#duree option[value='30']")).isSelected());
            second.findElement(By.id("motDePasse")).sendKeys(SiteViewer.DEMO_PASSWORD);
            second.findElement(By.id("debloquer")).click();
            await("back on the podcast").atMost(Duration.ofSeconds(10))
                    .until(() -> second.getCurrentUrl().endsWith(PODCAST));
            assertFalse(second.findElements(By.tagName("audio")).isEmpty(), "the podcast plays again");
            await("the first browser plays again").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        first.get(TestPlatform.SITE_URL + episode);
                        return !first.findElements(By.id("lecteur-replay")).isEmpty();
                    });
        } finally {
            first.quit();
            second.quit();
            forgetProfiles(parentSession);
        }
    }

    /** Through the site's form; a family with children's profiles is asked « Qui regarde ? » on the way. */
    private static void signIn(ChromeDriver browser, String back) {
        await("signed in").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.get(TestPlatform.SITE_URL + "/connexion?retour=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
            browser.findElement(By.id("email")).sendKeys(FAMILY);
            browser.findElement(By.id("motDePasse")).sendKeys(SiteViewer.DEMO_PASSWORD);
            browser.findElement(By.cssSelector("form.formulaire button[type=submit]")).click();
            Thread.sleep(1000);
            return browser.getCurrentUrl().contains("/qui-regarde") || browser.getCurrentUrl().endsWith(back);
        });
    }

    private static void choose(ChromeDriver browser, long profile) {
        browser.get(TestPlatform.SITE_URL + "/qui-regarde?retour=/replay");
        browser.findElement(By.id("profil-" + profile)).click();
        await("the child watches").atMost(Duration.ofSeconds(10))
                .until(() -> browser.getCurrentUrl().endsWith("/replay"));
    }

    private static org.openqa.selenium.WebDriver.Timeouts browser(ChromeDriver browser) {
        return browser.manage().timeouts();
    }

    private static String cookieOf(ChromeDriver browser) {
        return "pitchoun_session=" + browser.manage().getCookieNamed("pitchoun_session").getValue();
    }

    /** What the site sends for a child who played « Les abysses » (45 s): the gateway records it for today. */
    private static void report(String session, double seconds) throws IOException, InterruptedException {
        String statement = "{\"statementId\":\"" + UUID.randomUUID() + "\",\"verb\":\"played\",\"item\":{\"kind\":"
                + "\"episode\",\"first\":\"mission-ocean\",\"second\":\"les-abysses\",\"title\":\"Les abysses\","
                + "\"themes\":[\"océans\"],\"ageMin\":6,\"ageMax\":10,\"lengthSeconds\":45},\"durationSeconds\":"
                + seconds + "}";
        HttpResponse<String> answer = SiteViewer.HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.AUTH_URL
                        + "/api/learning/statements")).header("Cookie", session).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(statement)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, answer.statusCode(), answer.body());
    }

    private static JsonNode screenTime(String session) throws IOException, InterruptedException {
        return gateway(session, "/api/screen-time/current");
    }

    /** An episode of the replay page that this session plays whole (its player reports). */
    private static String episodePlayedWhole(String session) throws IOException, InterruptedException {
        Matcher links = EPISODE_LINK.matcher(SiteViewer.get(null, "/replay").body());
        while (links.find()) {
            if (SiteViewer.get(session, links.group(1)).body().contains("data-apprentissage=")) {
                return links.group(1);
            }
        }
        throw new AssertionError("no episode plays whole for " + FAMILY);
    }

    private static long createProfile(String session, String name) throws IOException, InterruptedException {
        HttpResponse<String> answer = SiteViewer.HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.AUTH_URL
                        + "/api/profiles")).header("Cookie", session).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name
                        + "\",\"ageBand\":\"7-9\",\"avatar\":\"owl\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, answer.statusCode(), answer.body());
        return JSON.readTree(answer.body()).path("id").asLong();
    }

    /** The shared test database keeps rows between runs: the family starts and ends without children's profiles. */
    private static void forgetProfiles(String session) throws IOException, InterruptedException {
        for (JsonNode profile : gateway(session, "/api/profiles")) {
            SiteViewer.HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.AUTH_URL + "/api/profiles/"
                    + profile.path("id").asLong())).header("Cookie", session).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    private static JsonNode gateway(String session, String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = SiteViewer.HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.AUTH_URL
                + path)).header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        return JSON.readTree(answer.body());
    }
}
