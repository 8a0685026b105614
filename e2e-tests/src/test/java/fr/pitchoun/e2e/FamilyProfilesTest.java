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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * « Qui regarde ? » and learning statements through every real part: mypitchoun@ creates a child profile on the
 * site, picks it, plays a replay episode for about 10 s in headless Chromium, and a statement for that child with
 * about the time played lands in auth-gateway's store (through its outbox, Kafka and its consumer).
 */
@ExtendWith(TestPlatform.class)
class FamilyProfilesTest {

    private static final String MYPITCHOUN = "mypitchoun@demo.pitchoun.fr";
    private static final Pattern EPISODE_LINK = Pattern.compile("href=\"(/programmes/[a-z0-9-]+/[a-z0-9-]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aChildPicksItsProfilePlaysAnEpisodeAndItsTimeIsRecorded() throws Exception {
        TestPlatform platform = TestPlatform.get();
        forgetProfiles(signedIn());
        ChromeDriver browser = HeadlessChromium.start(platform.workDir);
        try {
            signIn(browser, "/profils");

            // A name the gateway refuses: the form comes back with its message next to the field, nothing lost.
            browser.findElement(By.id("nom-nouveau")).sendKeys("!!!");
            browser.findElement(By.cssSelector("#tranche-nouveau option[value='7-9']")).click();
            browser.findElement(By.cssSelector("label[for=avatar-fox]")).click();
            browser.findElement(By.cssSelector("form[action='/profils'] button[type=submit]")).click();
            WebElement nameError = browser.findElement(By.id("erreur-nom-nouveau"));
            assertTrue(nameError.getText().length() > 5, nameError.getText());
            assertEquals("true", browser.findElement(By.id("nom-nouveau")).getAttribute("aria-invalid"));
            assertEquals("!!!", browser.findElement(By.id("nom-nouveau")).getAttribute("value"));
            assertTrue(browser.findElement(By.cssSelector("#tranche-nouveau option[value='7-9']")).isSelected(),
                    "the age band picked stays picked");
            assertTrue(browser.findElement(By.id("avatar-fox")).isSelected(), "the avatar picked stays picked");

            WebElement name = browser.findElement(By.id("nom-nouveau"));
            name.clear();
            name.sendKeys("Zoé");
            browser.findElement(By.cssSelector("form[action='/profils'] button[type=submit]")).click();
            await("the profile is created").atMost(Duration.ofSeconds(10))
                    .until(() -> browser.getPageSource().contains("Le profil a été créé."));

            String session = cookieOf(browser);
            JsonNode profiles = gateway(session, "/api/profiles");
            assertEquals(1, profiles.size(), profiles.toString());
            long zoe = profiles.get(0).path("id").asLong();

            // « Qui regarde ? » from the header, one button per child and the parent's.
            browser.findElement(By.id("qui-regarde")).click();
            browser.findElement(By.id("profil-" + zoe)).click();
            await("the header says Zoé watches").atMost(Duration.ofSeconds(10))
                    .until(() -> browser.findElement(By.id("qui-regarde")).getText().contains("Zoé"));

            String episode = episodePlayedWhole(cookieOf(browser));
            browser.get(TestPlatform.SITE_URL + episode);
            WebElement video = browser.findElement(By.id("lecteur-replay"));
            assertEquals("episode", video.getAttribute("data-element"), "the player reports what Zoé plays");
            double played = playTenSeconds(browser, video);

            JsonNode statements = await("a statement for Zoé is stored").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> gateway(session, "/api/learning/profiles/" + zoe + "/statements"),
                            list -> list.size() > 0);
            double recorded = 0;
            for (JsonNode statement : statements) {
                assertEquals(Long.toString(zoe), statement.path("actor").path("account").path("name").asText());
                assertTrue(statement.path("object").path("id").asText().endsWith(episode),
                        statement.path("object").toString());
                recorded += Duration.parse(statement.path("result").path("duration").asText()).toMillis() / 1000.0;
            }
            assertTrue(Math.abs(recorded - played) <= 3.0,
                    "recorded " + recorded + " s for about " + played + " s played: " + statements);
        } finally {
            browser.quit();
            forgetProfiles(signedIn());
        }
    }

    /**
     * Plays the page's replay video (muted) for about 10 s, then pauses it; the seconds played. The episode may resume
     * where this account stopped before (ReplayTest's viewer is the same family): the player starts at the page's
     * data-resume, and what counts is the time played from there.
     */
    static double playTenSeconds(ChromeDriver browser, WebElement video) {
        browser.executeScript("arguments[0].muted = true;", video);
        browser.findElement(By.id("bouton-lecture")).click();
        double from = Double.parseDouble(video.getAttribute("data-resume"));
        await("the episode plays 10 s").atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(250))
                .until(() -> ((Number) browser.executeScript("return arguments[0].currentTime;", video))
                        .doubleValue(), seconds -> seconds >= from + 10);
        browser.findElement(By.id("bouton-lecture")).click();
        return ((Number) browser.executeScript("return arguments[0].currentTime;", video)).doubleValue() - from;
    }

    /** The shared test database keeps rows between runs: the demo family starts without children's profiles. */
    private static void forgetProfiles(String session) throws IOException, InterruptedException {
        for (JsonNode profile : gateway(session, "/api/profiles")) {
            HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.AUTH_URL + "/api/profiles/"
                    + profile.path("id").asLong())).header("Cookie", session).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    /** An episode of the replay page that this session plays whole (its player reports). */
    private static String episodePlayedWhole(String session) throws IOException, InterruptedException {
        Matcher links = EPISODE_LINK.matcher(page(null, "/replay"));
        while (links.find()) {
            if (page(session, links.group(1)).contains("data-apprentissage=")) {
                return links.group(1);
            }
        }
        throw new AssertionError("no episode plays whole for " + MYPITCHOUN);
    }

    /** mypitchoun@ through the site's form, sent back to {@code back} (SiteViewer's sign-in). */
    static void signIn(ChromeDriver browser, String back) {
        SiteViewer.signIn(browser, MYPITCHOUN, back);
    }

    static String cookieOf(ChromeDriver browser) {
        return "pitchoun_session=" + browser.manage().getCookieNamed("pitchoun_session").getValue();
    }

    /** The session cookie of the demo family, signed in at the gateway (again while Kinow's stand-in is too slow). */
    static String signedIn() {
        HttpResponse<String> answer = await("mypitchoun@ signs in").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.AUTH_URL + "/api/sessions"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + MYPITCHOUN
                                + "\",\"password\":\"pitchoun\"}")).build(), HttpResponse.BodyHandlers.ofString()),
                        response -> response.statusCode() == 200);
        return answer.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    }

    private static JsonNode gateway(String session, String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.AUTH_URL + path))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        return JSON.readTree(answer.body());
    }

    static String page(String session, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestPlatform.SITE_URL + path));
        if (session != null) {
            request.header("Cookie", session);
        }
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), path);
        return answer.body();
    }
}
