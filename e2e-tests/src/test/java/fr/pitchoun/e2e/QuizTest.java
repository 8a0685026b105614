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

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A child answers the demo quiz of « Le récif de corail » (cms-service's demo content) at the end of the episode in
 * headless Chromium, one question at a time; the site scores the answers and, through auth-gateway's outbox, Kafka and
 * its consumer, the child's result is readable at /api/learning/profiles/{id}/quizzes within seconds.
 */
@ExtendWith(TestPlatform.class)
class QuizTest {

    private static final String MYPITCHOUN = "mypitchoun@demo.pitchoun.fr";
    private static final String EPISODE = "/programmes/mission-ocean/le-recif-de-corail";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aChildAnswersTheQuizAndItsScoreReachesTheGateway() throws Exception {
        ChromeDriver browser = HeadlessChromium.start(TestPlatform.get().workDir);
        String session = null;
        long child = 0;
        try {
            signIn(browser);
            session = "pitchoun_session=" + browser.manage().getCookieNamed("pitchoun_session").getValue();
            child = JSON.readTree(send(session, "/api/profiles", "POST",
                    "{\"name\":\"Quiz\",\"ageBand\":\"7-9\",\"avatar\":\"fox\"}")).path("id").asLong();
            browser.get(TestPlatform.SITE_URL + "/qui-regarde");
            browser.findElement(By.id("profil-" + child)).click();
            await("the header says the child watches").atMost(Duration.ofSeconds(10))
                    .until(() -> browser.findElement(By.id("qui-regarde")).getText().contains("Quiz"));

            browser.get(TestPlatform.SITE_URL + EPISODE);
            assertTrue(browser.getPageSource().contains("Le quiz de l'épisode"), "the episode has its quiz");
            assertTrue(!browser.getPageSource().contains("rightChoice"), "no right answer in the page");
            browser.findElement(By.id("bouton-quiz")).click();
            // Right, right, wrong: 2 out of 3.
            answer(browser, 1, 2, "Bonne réponse");
            answer(browser, 2, 1, "Bonne réponse");
            // The third demo question has a picture (cms-service's demo drawing of a reef): shown, with its text.
            WebElement third = browser.findElement(By.id("question-3"));
            await("question 3 is shown").atMost(Duration.ofSeconds(5)).until(third::isDisplayed);
            WebElement picture = third.findElement(By.cssSelector("img.illustration-quiz"));
            assertTrue(picture.getAttribute("alt").startsWith("Dessin d'un récif sous la mer"), picture.getAttribute("alt"));
            await("the question's picture is loaded").atMost(Duration.ofSeconds(10)).until(() -> ((Number) browser
                    .executeScript("return arguments[0].complete && arguments[0].naturalWidth", picture)).intValue() > 0);
            answer(browser, 3, 2, "Pas tout à fait");
            WebElement score = browser.findElement(By.id("quiz-score"));
            await("the score is shown").atMost(Duration.ofSeconds(10)).until(() -> "2/3".equals(score.getAttribute("data-score")));
            assertTrue(score.getText().startsWith("Ton score : 2 sur 3."), score.getText());

            String parent = session;
            long profile = child;
            JsonNode results = await("the gateway has the child's quiz result").atMost(Duration.ofSeconds(15))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> JSON.readTree(send(parent, "/api/learning/profiles/" + profile + "/quizzes", "GET", null)),
                            list -> list.size() == 1);
            assertEquals(2, results.get(0).path("lastScore").asInt(), results.toString());
            assertEquals(3, results.get(0).path("scoreMax").asInt());
            assertEquals(EPISODE, results.get(0).path("episode").asText());
        } finally {
            browser.quit();
            if (session != null && child > 0) {
                send(session, "/api/profiles/" + child, "DELETE", null);
            }
        }
    }

    /** Picks choice {@code choice} of question {@code question}, validates, checks the feedback and goes on. */
    private static void answer(ChromeDriver browser, int question, int choice, String feedback) {
        WebElement form = browser.findElement(By.id("question-" + question));
        await("question " + question + " is shown").atMost(Duration.ofSeconds(5)).until(form::isDisplayed);
        form.findElement(By.cssSelector("label[for='q" + question + "-r" + choice + "']")).click();
        form.findElement(By.cssSelector("button.valider")).click();
        WebElement said = form.findElement(By.cssSelector(".retour-quiz"));
        await("question " + question + " is corrected").atMost(Duration.ofSeconds(10))
                .until(() -> said.getText().startsWith(feedback));
        form.findElement(By.cssSelector("button.suivante")).click();
    }

    /** Through the form; a loaded machine may make the Kinow stand-in miss the sign-in's 2.5 s: then again. */
    private static void signIn(ChromeDriver browser) {
        await("signed in").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.get(TestPlatform.SITE_URL + "/connexion?retour=" + URLEncoder.encode("/profils", StandardCharsets.UTF_8));
            browser.findElement(By.id("email")).sendKeys(MYPITCHOUN);
            browser.findElement(By.id("motDePasse")).sendKeys("pitchoun");
            browser.findElement(By.cssSelector("form.formulaire button[type=submit]")).click();
            Thread.sleep(1000);
            // Signed in: the session cookie is set (a family with profiles goes to « Qui regarde ? » first).
            return browser.manage().getCookieNamed("pitchoun_session") != null;
        });
    }

    private static String send(String session, String path, String method, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestPlatform.AUTH_URL + path))
                .header("Cookie", session).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(answer.statusCode() < 300, path + ": " + answer.statusCode() + " " + answer.body());
        return answer.body();
    }
}
