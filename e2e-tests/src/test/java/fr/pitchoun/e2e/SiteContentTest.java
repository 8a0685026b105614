package fr.pitchoun.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site as the CMS's demo content makes it: home page blocks, menus, pages and images, through the real services. */
@ExtendWith(TestPlatform.class)
class SiteContentTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void theHomePageShowsTheEditorsBlocksInTheirOrder() throws Exception {
        String home = get("/").body();
        int hero = home.indexOf("Bienvenue sur Pitchoun !");
        int carousel = home.indexOf("À ne pas manquer");
        int live = home.indexOf("En ce moment sur Pitchoun TV");
        int events = home.indexOf("Prochains rendez-vous");
        assertTrue(hero >= 0 && hero < carousel && carousel < live && live < events,
                "hero, carousel, live teaser and events blocks in the editors' order");
        assertTrue(home.indexOf("Mission Océan", carousel) > 0, "the carousel shows a demo programme");
        // The soonest upcoming event as cms-service publishes it (the test database also holds the CMS tests' events).
        Matcher soonest = Pattern.compile("\"title\":\"([^\"]+)\"").matcher(cms("/api/evenements"));
        assertTrue(soonest.find(), "cms-service has upcoming events");
        assertTrue(home.indexOf(soonest.group(1).replace("'", "&#39;"), events) > 0,
                "the events block lists the soonest upcoming event");
        assertTrue(home.contains("href=\"/direct\""), "the hero links to the live page");
    }

    @Test
    void theImagesOfTheMediaLibraryLoadFromTheSite() throws Exception {
        Matcher image = Pattern.compile("<img src=\"(/medias/\\d+/\\w+)\" alt=\"([^\"]+)\"").matcher(get("/").body());
        assertTrue(image.find(), "the home page shows a library image with its alternative text");
        HttpResponse<byte[]> file = HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.SITE_URL + image.group(1)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode(), image.group(1));
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("image/"), "served as an image");
        assertTrue(file.body().length > 100, "with its bytes");
    }

    @Test
    void aPageOfTheCmsHasTheMenusWithItselfMarked() throws Exception {
        String page = get("/pages/qui-sommes-nous").body();
        assertTrue(page.contains("Qui sommes-nous ?"), "the page's title");
        assertTrue(page.contains("Pitchoun Médias"), "its body, written by the editors");
        assertTrue(page.contains("href=\"/pages/qui-sommes-nous\" aria-current=\"page\""),
                "the main menu marks the page being read");
        assertTrue(page.contains("href=\"/pages/mentions-legales\""), "the footer menu links the legal notice");
    }

    @Test
    void anUnknownPageGetsTheSitesNotFoundPage() throws Exception {
        HttpResponse<String> missing = HTTP.send(HttpRequest.newBuilder(
                URI.create(TestPlatform.SITE_URL + "/pages/page-qui-n-existe-pas")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page introuvable"), "a page a person can read, with the site around it");
    }

    private static String cms(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.CMS_URL + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.SITE_URL + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response;
    }
}
