package fr.pitchoun.cms.browser;

import fr.pitchoun.cms.EditorClient;
import fr.pitchoun.cms.account.EditorAccounts;
import fr.pitchoun.cms.account.Role;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An editor in a real browser (Debian's headless Chromium): signs in, creates a draft, publishes it. */
@QuarkusTest
class EditorBrowserTest {

    private static final String PASSWORD = "une phrase de passe pour le navigateur";

    @TestHTTPResource("/")
    URL site;

    @Inject
    EditorAccounts accounts;

    private WebDriver browser;

    @BeforeEach
    void startChromium() throws IOException {
        Path work = Files.createDirectories(Path.of("target", "chromium"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // The machine's network is closed: no background calls to Google's hosts.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(work, "profile").toAbsolutePath());
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .withLogFile(work.resolve("chromedriver.log").toFile())
                .build();
        browser = new ChromeDriver(driver, options);
        // Once the next page is there, its elements may still be coming on a busy machine: look for up to 10 s.
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
    }

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anEditorSignsInCreatesADraftPublishesItAndTheApiShowsIt() {
        String email = EditorClient.createAccount(accounts, Role.EDITOR, PASSWORD);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String slug = "navigateur-" + run;

        browser.get(site + "editeur/programmes/nouveau");
        assertTrue(browser.getCurrentUrl().contains("/editeur/connexion"), "sent to the sign-in page first");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWaitForNextPage(By.cssSelector("form button[type=submit]"));

        assertEquals("Nouveau programme", browser.findElement(By.tagName("h1")).getText(),
                "back on the page asked for, signed in");
        browser.findElement(By.id("title")).sendKeys("Vu au navigateur " + run);
        browser.findElement(By.id("slug")).sendKeys(slug);
        browser.findElement(By.id("ageMin")).sendKeys("5");
        browser.findElement(By.id("ageMax")).sendKeys("9");
        browser.findElement(By.cssSelector("#status option[value=DRAFT]")).click();
        clickAndWaitForNextPage(By.xpath("//button[text()='Créer le programme']"));

        assertTrue(browser.findElement(By.cssSelector(".confirmation")).getText()
                .contains("Le programme « Vu au navigateur " + run + " » a été créé comme brouillon."));
        given().get("/api/programmes/{slug}", slug).then().statusCode(404);

        clickAndWaitForNextPage(By.linkText("Vu au navigateur " + run));
        browser.findElement(By.cssSelector("#status option[value=PUBLISHED]")).click();
        clickAndWaitForNextPage(By.xpath("//button[text()='Enregistrer']"));
        assertTrue(browser.findElement(By.cssSelector(".confirmation")).getText().contains("État : Publié."));

        given().get("/api/programmes/{slug}", slug).then().statusCode(200)
                .body("title", equalTo("Vu au navigateur " + run))
                .body("ageMin", equalTo(5));
    }

    /**
     * Clicks what submits a form or follows a link, then waits until the browser has left the page: until then,
     * a lookup could find an element of the old page (its h1, its status filter) that goes stale a moment later.
     */
    private void clickAndWaitForNextPage(By target) {
        WebElement currentPage = browser.findElement(By.tagName("html"));
        String currentUrl = browser.getCurrentUrl();
        browser.findElement(target).click();
        await("the browser leaves " + currentUrl).atMost(Duration.ofSeconds(10))
                .until(() -> isGone(currentPage));
    }

    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        }
    }
}
