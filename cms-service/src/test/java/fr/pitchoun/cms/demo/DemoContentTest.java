package fr.pitchoun.cms.demo;

import fr.pitchoun.cms.EditorClient;
import fr.pitchoun.cms.content.ParisTime;
import fr.pitchoun.cms.event.Event;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With demo content switched on (as the local launcher does), the public API offers the demo programmes. */
@QuarkusTest
@TestProfile(DemoContentTest.DemoContentOn.class)
class DemoContentTest {

    @Inject
    DemoAgenda agenda;

    public static class DemoContentOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pitchoun.cms.demo-content", "true");
        }
    }

    @Test
    void demoProgrammesArePublished() {
        given().get("/api/programmes")
                .then().statusCode(200)
                .body("slug", hasItems("les-petits-explorateurs", "mission-ocean", "le-dragon-timide",
                        "les-enigmes-de-lila", "atelier-bricolo"));
        given().get("/api/programmes/{slug}", "mission-ocean")
                .then().statusCode(200)
                .body("title", equalTo("Mission Océan"))
                .body("ageMin", equalTo(6));
    }

    @Test
    void demoProgrammesHaveAPictureFromTheMediaLibrary() {
        String url = given().get("/api/programmes/{slug}", "mission-ocean")
                .then().statusCode(200)
                .body("image.alt", containsString("« Mission Océan »"))
                .body("image.width", equalTo(1280))
                .body("image.height", equalTo(720))
                .extract().path("image.url");
        given().get(url).then().statusCode(200).contentType("image/jpeg");
    }

    @Test
    void demoEpisodesAndAScheduleForBothChannelsAreThere() {
        given().get("/api/programmes/{slug}", "mission-ocean")
                .then().statusCode(200)
                .body("episodes.slug", hasItems("les-abysses", "le-recif-de-corail", "la-baleine-qui-chantait"));
        // The day after tomorrow: today's slots may have been changed by other tests sharing the database.
        String day = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(2).toString();
        given().get("/api/chaines/{c}/grille?date={d}", "pitchoun-tv", day)
                .then().statusCode(200).body("programmeSlug", hasItems("mission-ocean", "les-petits-explorateurs"));
        given().get("/api/chaines/{c}/grille?date={d}", "pitchoun-junior", day)
                .then().statusCode(200).body("programmeSlug", hasItems("atelier-bricolo"));
    }

    @Test
    void demoEpisodesPlayTheStandInsVideosOneInEarlyAccessOneBroadcastAlready() {
        var episodes = given().get("/api/programmes/{slug}", "mission-ocean").then().statusCode(200)
                .body("episodes[0].video.kinowVideoId", equalTo(10201))
                .body("episodes[0].video.kinowExtractId", equalTo(20201))
                .body("episodes[2].video.hasExtract", equalTo(false))
                .extract().jsonPath();
        Instant now = Instant.now();
        assertTrue(Instant.parse(episodes.getString("episodes[0].earlyAccess.from")).isBefore(now));
        assertTrue(Instant.parse(episodes.getString("episodes[0].earlyAccess.until")).isAfter(now),
                "« Les abysses » is still MyPitchoun+ only");
        assertTrue(Instant.parse(episodes.getString("episodes[1].earlyAccess.until")).isBefore(now),
                "« Le récif de corail » has been broadcast");
        given().get("/api/programmes/{slug}", "atelier-bricolo").then()
                .body("episodes.video.kinowVideoId", hasItems(10501, 10502));
    }

    @Test
    void demoRadiosWithTheirStreamsAndUpcomingEventsArePublishedButNotTheDraftEvent() {
        given().get("/api/radios").then().statusCode(200).body("slug", hasItems("pitchoun-radio", "pitchoun-comptines"));
        given().get("/api/radios/{slug}", "pitchoun-radio").then().statusCode(200)
                .body("versions.format", hasItems("MP3", "AAC", "HLS"))
                .body("nowPlaying", equalTo("Henri Dès — Le beau vélo"));
        given().get("/api/evenements").then().statusCode(200)
                .body("slug", hasItems("spectacle-mission-ocean", "atelier-bricolo-carton", "rencontre-dragon-timide",
                        "concert-comptines"))
                .body("slug", not(hasItem("chasse-aux-enigmes")));
    }

    @Test
    void theDemoRadiosStreamsAreTheLocalPlatformsDemoRadios() {
        // pitchoun.cms.demo-media-url's default: the local NGINX of `up`, which relays the launcher's demo radios.
        given().get("/api/radios/{slug}", "pitchoun-radio").then().statusCode(200)
                .body("versions.streamUrl", hasItem("http://localhost:8088/radios/pitchoun-radio/live.m3u8"));
        given().get("/api/radios/{slug}", "pitchoun-comptines").then().statusCode(200)
                .body("versions.streamUrl", hasItems("http://localhost:8088/radios/icecast/pitchoun-comptines.mp3",
                        "http://localhost:8088/radios/icecast/pitchoun-comptines.aac"));
    }

    @Test
    void aDemoEventThatHasBegunComesBackOnTheSameWeekdayAndHourWithinTheWeek() {
        // As on a local database where the demo was loaded weeks ago.
        ZonedDateTime past = ZonedDateTime.now(ParisTime.ZONE).minusWeeks(3).minusDays(2)
                .withHour(15).withMinute(0).truncatedTo(ChronoUnit.MINUTES);
        QuarkusTransaction.requiringNew().run(() -> Event.update("startsAt = ?1, endsAt = null where slug = ?2",
                past.toInstant(), "rencontre-dragon-timide"));
        given().get("/api/evenements").then().statusCode(200).body("slug", not(hasItem("rencontre-dragon-timide")));

        Instant now = Instant.now();
        agenda.keepUpcoming(now);

        Instant startsAt = Instant.parse(given().get("/api/evenements/{slug}", "rencontre-dragon-timide")
                .then().statusCode(200).extract().path("startsAt"));
        ZonedDateTime moved = startsAt.atZone(ParisTime.ZONE);
        assertTrue(startsAt.isAfter(now) && startsAt.isBefore(now.plus(Duration.ofDays(7))), "moved to " + moved);
        assertEquals(past.getDayOfWeek(), moved.getDayOfWeek());
        assertEquals(past.toLocalTime(), moved.toLocalTime());
        given().get("/api/evenements").then().statusCode(200).body("slug", hasItem("rencontre-dragon-timide"));
    }

    @Test
    void demoHomePageAndMenusAreThere() {
        given().get("/api/accueil").then().statusCode(200)
                .body("blocks.find { it.title == 'Bienvenue sur Pitchoun !' }.link.url", equalTo("/direct"))
                .body("blocks.find { it.title == 'À ne pas manquer' }.programmes.slug",
                        equalTo(java.util.List.of("mission-ocean", "les-petits-explorateurs", "les-enigmes-de-lila")))
                .body("blocks.find { it.kind == 'LIVE_TEASER' }.channel", equalTo("pitchoun-tv"))
                .body("blocks.find { it.kind == 'PODCAST_HIGHLIGHT' }.podcastShow",
                        equalTo("les-histoires-du-soir-de-pitchoun"))
                .body("blocks.find { it.title == 'Prochains rendez-vous' }.eventCount", equalTo(3));
        given().get("/api/menus/principal").then().statusCode(200)
                .body("items.find { it.label == 'Le direct' }.url", equalTo("/direct"))
                // The public site's content pages (web-frontend).
                .body("items.findAll { it.url in ['/programmes', '/grille', '/radios', '/evenements', '/actualites'] }"
                        + ".label", equalTo(java.util.List.of("Programmes", "Grille TV", "Radios", "Événements",
                        "Actualités")))
                // Replay (episodes that play) and podcasts, on the site's own pages.
                .body("items.find { it.label == 'Replay' }.url", equalTo("/replay"))
                .body("items.find { it.label == 'Podcasts' }.url", equalTo("/podcasts"))
                .body("items.find { it.label == 'Qui sommes-nous' }.url", equalTo("/pages/qui-sommes-nous"));
        given().get("/api/menus/pied").then().statusCode(200)
                .body("items.find { it.label == 'Contact' }.url", equalTo("/pages/contact"));
    }

    @Test
    void demoAdminAndDemoEditorSignInWithTheReadmeCredentials() {
        EditorClient admin = EditorClient.anonymous("admin@pitchoun.test");
        admin.signIn("Pitchoun-Admin-2026").then().statusCode(303);
        admin.page("/editeur/comptes").then().statusCode(200).body(containsString("editrice@pitchoun.test"));

        EditorClient editor = EditorClient.anonymous("editrice@pitchoun.test");
        editor.signIn("Pitchoun-Edition-2026").then().statusCode(303);
        editor.page("/editeur/comptes").then().statusCode(403);
    }

    @Test
    void demoPagesAndPublishedNewsAreOnTheSiteAndTheDraftIsNot() {
        given().get("/api/pages").then().statusCode(200)
                .body("slug", hasItems("qui-sommes-nous", "mentions-legales", "contact"));
        given().get("/api/pages/{slug}", "qui-sommes-nous").then().statusCode(200)
                .body("body", containsString("<strong>MyPitchoun+</strong>"));
        for (String slug : java.util.List.of("mission-ocean-saison-2", "podcast-histoires-du-soir",
                "pitchoun-junior-sans-publicite")) {
            given().get("/api/actualites/{slug}", slug).then().statusCode(200);
        }
        given().get("/api/actualites/{slug}", "noel-sur-pitchoun").then().statusCode(404);
    }
}
