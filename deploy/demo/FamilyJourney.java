import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A family's journey on a running platform, in one headless Chromium session, as issue 13's "Must show" tells it
 * (run by deploy/demo/family-journey.sh): the parent signs in, creates a child profile and picks it; the child
 * watches part of a replay episode and answers its quiz; the parent's space shows the time, the theme and the
 * score; a 5-minute daily limit stops the child's next episode (episodes played at 4x speed, so that 5 minutes of
 * media take about 75 s: the site counts media time); the parent downloads the family's data and finds those
 * statements; then deletes the data with the password. Prints what the family sees at each step.
 *
 * Arguments: site, e-mail, password.
 */
public class FamilyJourney {

    private static final String EPISODE = "/programmes/mission-ocean/le-recif-de-corail";
    private static ChromeDriver browser;
    private static String site;
    private static final long START = System.currentTimeMillis();

    public static void main(String[] args) throws Exception {
        site = args[0];
        String email = args[1];
        String password = args[2];
        browser = Chromium.start();
        try {
            step("sign in as " + email);
            browser.get(site + "/connexion?retour=%2Fprofils");
            browser.findElement(By.id("email")).sendKeys(email);
            browser.findElement(By.id("motDePasse")).sendKeys(password);
            browser.findElement(By.cssSelector("form.formulaire button[type=submit]")).click();
            waitFor("signed in", () -> !browser.getCurrentUrl().contains("/connexion"));
            asParent();

            String name = "Zoé" + (System.currentTimeMillis() % 1000);
            step("create the child profile « " + name + " » (7-9 ans) on /profils");
            browser.get(site + "/profils");
            browser.findElement(By.id("nom-nouveau")).sendKeys(name);
            browser.findElement(By.cssSelector("#tranche-nouveau option[value='7-9']")).click();
            browser.findElement(By.cssSelector("label[for^='avatar-']")).click();
            browser.findElement(By.xpath("//button[normalize-space()='Créer le profil']")).click();
            waitFor("the profile is listed", () -> browser.getPageSource().contains(name));
            say(browser.findElement(By.id("avis-profils")).getText());

            step("« Qui regarde ? » → " + name);
            browser.get(site + "/qui-regarde");
            WebElement choice = browser.findElement(By.xpath("//button[contains(., '" + name + "')]"));
            long child = Long.parseLong(choice.getAttribute("id").replace("profil-", ""));
            choice.click();
            waitFor("the header names the child", () -> browser.findElement(By.id("qui-regarde")).getText()
                    .contains(name));
            say("header: " + browser.findElement(By.id("qui-regarde")).getText().replace('\n', ' '));

            step(name + " watches part of « Le récif de corail » (20 s)");
            browser.get(site + EPISODE);
            WebElement video = browser.findElement(By.id("lecteur-replay"));
            // The family's position resumes where an earlier run stopped: from the start, as a child would restart.
            waitFor("the player is ready", () -> ((Number) js("return arguments[0].readyState", video)).intValue() > 0);
            js("arguments[0].currentTime = 0;", video);
            play(video, 1);
            waitFor("20 s played", () -> currentTime(video) >= 20, 60);
            pause(video);
            say(String.format("played to %.1f s", currentTime(video)));

            step(name + " answers the episode's quiz");
            browser.findElement(By.id("bouton-quiz")).click();
            int[] picks = {2, 1, 2};
            for (int q = 1; q <= 3; q++) {
                WebElement form = browser.findElement(By.id("question-" + q));
                waitFor("question " + q, form::isDisplayed);
                List<WebElement> pictures = form.findElements(By.cssSelector("img.illustration-quiz"));
                String legend = form.findElement(By.tagName("legend")).getText();
                form.findElement(By.cssSelector("label[for='q" + q + "-r" + picks[q - 1] + "']")).click();
                form.findElement(By.cssSelector("button.valider")).click();
                WebElement said = form.findElement(By.cssSelector(".retour-quiz"));
                waitFor("the answer is corrected", () -> !said.getText().isBlank());
                say(legend + (pictures.isEmpty() ? "" : " [image : " + pictures.get(0).getAttribute("alt") + "]")
                        + " → " + said.getText().lines().findFirst().orElse(""));
                form.findElement(By.cssSelector("button.suivante")).click();
            }
            WebElement score = browser.findElement(By.id("quiz-score"));
            waitFor("the score", () -> score.getAttribute("data-score") != null);
            say(score.getText().lines().findFirst().orElse(""));

            step("back to the parent: /espace-parents shows the time, the theme and the score");
            chooseParent();
            long asked = System.currentTimeMillis();
            waitFor("the parents' space shows the played time and the score", () -> {
                browser.get(site + "/espace-parents?enfant=" + child);
                String total = browser.findElement(By.id("total-temps")).getText();
                return !total.startsWith("En tout : 0 s regardé") && browser.findElement(By.id("quiz")).getText().contains("2 sur 3");
            }, 60);
            say(String.format("shown %.1f s after the parent opened it", (System.currentTimeMillis() - asked) / 1000.0));
            say("time: " + browser.findElement(By.id("total-temps")).getText().replace('\n', ' '));
            say("themes: " + browser.findElement(By.id("themes")).getText().replace("\n", " | "));
            say("quiz: " + browser.findElement(By.id("quiz")).getText().replace("\n", " | "));

            step("the parent sets a 5-minute daily limit for " + name + " on /temps-ecran");
            browser.get(site + "/temps-ecran");
            WebElement limit = browser.findElement(By.id("limite-" + child));
            limit.clear();
            limit.sendKeys("5");
            browser.findElement(By.id("enregistrer-" + child)).click();
            waitFor("saved", () -> browser.getPageSource().contains("Les réglages ont été enregistrés."));
            say(browser.findElement(By.id("avis-temps-ecran")).getText());

            step(name + " watches on (episodes at 4x speed) until the limit stops the player");
            browser.get(site + "/qui-regarde");
            browser.findElement(By.id("profil-" + child)).click();
            long watching = System.currentTimeMillis();
            int plays = 0;
            while (!paused() && System.currentTimeMillis() - watching < 240_000) {
                browser.get(site + EPISODE);
                if (paused()) {
                    break;
                }
                plays++;
                WebElement player = browser.findElement(By.id("lecteur-replay"));
                play(player, 4);
                waitFor("the episode ends or the pause page opens", () -> paused()
                        || Boolean.TRUE.equals(js("return arguments[0].ended", player)), 60);
            }
            say(String.format("after %d plays and %.0f s: %s", plays, (System.currentTimeMillis() - watching) / 1000.0,
                    browser.getCurrentUrl().replace(site, "")));
            say(browser.findElement(By.tagName("h1")).getText());
            browser.get(site + "/programmes/mission-ocean");
            String next = browser.findElements(By.cssSelector("a[href^='/programmes/mission-ocean/']")).stream()
                    .map(a -> a.getAttribute("href")).filter(href -> !href.endsWith(EPISODE)).findFirst()
                    .orElse(site + EPISODE);
            browser.get(next);
            say("the next episode (" + next.replace(site, "") + ") → " + browser.getCurrentUrl().replace(site, "")
                    + " : " + browser.findElement(By.tagName("h1")).getText());

            step("the parent downloads the family's data (/mon-compte/donnees)");
            chooseParent();
            browser.get(site + "/mon-compte/donnees");
            String archive = browser.findElement(By.id("telecharger-donnees")).getAttribute("href");
            byte[] zip = download(archive);
            List<String> files = new ArrayList<>();
            String statements = "";
            try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
                for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                    files.add(entry.getName());
                    if (entry.getName().equals("releves-xapi.json")) {
                        statements = new String(entries.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            }
            say(zip.length + " bytes, " + files.size() + " files: " + String.join(", ", files));
            long own = java.util.regex.Pattern.compile("\"name\"\\s*:\\s*\"" + child + "\"").matcher(statements)
                    .results().count();
            say("releves-xapi.json: " + own + " statements with " + name + " (account " + child + ") as actor, "
                    + count(statements, "\"timestamp\"") + " for the family in all; verbs: played "
                    + count(statements, "/verbs/played") + ", completed " + count(statements, "/verbs/completed")
                    + ", answered " + count(statements, "/verbs/answered"));

            step("the parent deletes the family's data (password)");
            browser.get(site + "/mon-compte/donnees");
            browser.findElement(By.id("confirmation")).click();
            browser.findElement(By.id("mot-de-passe")).sendKeys(password);
            browser.findElement(By.id("mot-de-passe")).submit();
            waitFor("deleted", () -> !browser.getCurrentUrl().endsWith("/mon-compte/donnees"));
            say(browser.findElement(By.tagName("h1")).getText() + " — "
                    + browser.findElement(By.tagName("main")).getText().lines().skip(1).findFirst().orElse(""));
            System.out.println("CHILD " + child);
        } finally {
            browser.quit();
        }
    }

    private static void asParent() {
        if (browser.getCurrentUrl().contains("/qui-regarde")) {
            browser.findElement(By.id("profil-parent")).click();
        }
    }

    /** « Qui regarde ? » → the parent, waiting for the choice to be made (the next page must be the parent's). */
    private static void chooseParent() throws InterruptedException {
        browser.get(site + "/qui-regarde");
        browser.findElement(By.id("profil-parent")).click();
        waitFor("the parent watches", () -> !browser.getCurrentUrl().contains("/qui-regarde"));
    }

    private static boolean paused() {
        return browser.getCurrentUrl().contains("/temps-ecran/pause");
    }

    private static void play(WebElement media, double rate) {
        js("arguments[0].muted = true; arguments[0].playbackRate = " + rate + "; arguments[0].play();", media);
    }

    private static void pause(WebElement media) {
        js("arguments[0].pause();", media);
    }

    /** The archive, fetched by the page itself (its cookies), as bytes. */
    @SuppressWarnings("unchecked")
    private static byte[] download(String url) {
        List<Number> bytes = (List<Number>) ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], { credentials: 'same-origin' }).then(r => r.arrayBuffer())"
                        + ".then(b => done(Array.from(new Uint8Array(b))));", url);
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.get(i).byteValue();
        }
        return out;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
            n++;
        }
        return n;
    }

    private static void waitFor(String what, Supplier<Boolean> done) throws InterruptedException {
        waitFor(what, done, 20);
    }

    private static Object js(String script, Object... args) {
        return Chromium.js(browser, script, args);
    }

    private static double currentTime(WebElement media) {
        return Chromium.currentTime(browser, media);
    }

    private static void waitFor(String what, Supplier<Boolean> done, int seconds) throws InterruptedException {
        Chromium.waitFor(browser, what, done, seconds);
    }

    private static void step(String what) {
        System.out.printf("%n[%5.1f s] == %s%n", (System.currentTimeMillis() - START) / 1000.0, what);
    }

    private static void say(String what) {
        System.out.println("   " + what);
    }
}
