package fr.pitchoun.e2e;

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
 * A viewer of the site started by {@link TestPlatform}: signing in as a demo account (in a browser, or keeping the
 * session cookie for pages read without one), reading pages, playing media.
 */
final class SiteViewer {

    /** Every demo account's password (auth-gateway's README, Kinow stand-in). */
    static final String DEMO_PASSWORD = "pitchoun";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String cookie;

    private SiteViewer(String cookie) {
        this.cookie = cookie;
    }

    /** A demo viewer signed in through /connexion, without a browser. */
    static SiteViewer signIn(String email) throws IOException, InterruptedException {
        return new SiteViewer(signedIn(email));
    }

    /** The "name=value" of the viewer's session cookie. */
    String cookie() {
        return cookie;
    }

    /** A page as this viewer gets it, whatever its status. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(cookie, path);
    }

    /** A form of the site's own pages, posted as the browser does (its Origin is the site). */
    HttpResponse<String> postFromTheSite(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.SITE_URL + path)).header("Cookie", cookie)
                .header("Origin", TestPlatform.SITE_URL).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Signs in through the site's form in {@code browser}, which is sent back to {@code back}. A family that has child
     * profiles is asked « Qui regarde ? » first: the parent is chosen, as the parent would. A loaded machine may make
     * the Kinow stand-in miss the sign-in's 2.5 s: then the form is sent again.
     */
    static void signIn(ChromeDriver browser, String email, String back) {
        await("signed in and sent back to " + back).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    browser.get(TestPlatform.SITE_URL + "/connexion?retour="
                            + URLEncoder.encode(back, StandardCharsets.UTF_8));
                    browser.findElement(By.id("email")).sendKeys(email);
                    browser.findElement(By.id("motDePasse")).sendKeys(DEMO_PASSWORD);
                    browser.findElement(By.cssSelector("form.formulaire button[type=submit]")).click();
                    Thread.sleep(1000);
                    if (URI.create(browser.getCurrentUrl()).getPath().equals("/qui-regarde")) {
                        browser.findElement(By.id("profil-parent")).click();
                        Thread.sleep(500);
                    }
                    return browser.getCurrentUrl().endsWith(back);
                });
    }

    /** Collects the media element's error events into {@code window.mediaErrors}. */
    static void watchErrors(ChromeDriver browser, WebElement media) {
        browser.executeScript("window.mediaErrors = [];"
                + "arguments[0].addEventListener('error', function () {"
                + "  window.mediaErrors.push(arguments[0] && arguments[0].target && arguments[0].target.error"
                + "    ? arguments[0].target.error.message || 'media error' : 'media error'); });", media);
    }

    /** The errors {@link #watchErrors} saw, or null. */
    static Object mediaErrors(ChromeDriver browser) {
        return browser.executeScript("return window.mediaErrors.join(' | ') || null;");
    }

    static double currentTime(ChromeDriver browser, WebElement media) {
        return ((Number) browser.executeScript("return arguments[0].currentTime;", media)).doubleValue();
    }

    /** Signs in through /connexion and gives the "name=value" of the session cookie (see ViewerAccessTest). */
    static String signedIn(String email) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.SITE_URL + "/connexion"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&motDePasse=" + DEMO_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, answer.statusCode(), email + " signs in: " + answer.body());
        String setCookie = answer.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(setCookie.startsWith("pitchoun_session="), setCookie);
        return setCookie.split(";", 2)[0];
    }

    /** The page at {@code path} as the viewer of {@code session} (null: signed out) sees it; it must be a 200. */
    static HttpResponse<String> get(String session, String path) throws IOException, InterruptedException {
        HttpResponse<String> page = send(session, path);
        assertEquals(200, page.statusCode(), path + ": " + page.body());
        return page;
    }

    static HttpResponse<String> send(String session, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestPlatform.SITE_URL + path));
        if (session != null) {
            request.header("Cookie", session);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
