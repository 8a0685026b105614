package fr.pitchoun.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor publishes a programme with an episode, a schedule slot, a radio, an event and a news item through
 * cms-service's forms; viewers find each on the site's content pages and detail pages; a draft and an unknown slug do
 * not show. The databases are shared with cms-service's own tests: everything is found by this run's names.
 */
@ExtendWith(TestPlatform.class)
class SitePagesTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String PROGRAMME = "Les aventures de Nino " + RUN;
    private static final String PROGRAMME_SLUG = "les-aventures-de-nino-" + RUN;
    private static final String DRAFT_SLUG = "brouillon-cache-" + RUN;
    private static final String EPISODE = "La cabane dans l'arbre";
    private static final String RADIO = "Radio Nino " + RUN;
    private static final String STREAM = "https://radio.e2e.pitchoun.test/" + RUN + "/standard.mp3";
    private static final String EVENT = "Goûter-spectacle " + RUN;
    private static final String EVENT_SLUG = "gouter-spectacle-" + RUN;
    private static final String NEWS = "Nino arrive " + RUN;
    private static final String NEWS_SLUG = "nino-arrive-" + RUN;
    /** The day of this run's slot: the last of the guide's week, whose slots the other tests rarely touch. */
    private static final LocalDate SLOT_DAY = LocalDate.now(PARIS).plusDays(6);

    private static EditorForms editor;

    @BeforeAll
    static void anEditorPublishes() throws Exception {
        editor = EditorForms.signIn();
        create("/editeur/programmes/nouveau", Map.of("title", PROGRAMME, "synopsis", "Nino explore son quartier.",
                "ageMin", "5", "ageMax", "8", "themes", "amitié, nature", "status", "PUBLISHED"));
        create("/editeur/programmes/nouveau", Map.of("title", "Brouillon caché " + RUN, "synopsis", "Pas encore prêt.",
                "ageMin", "4", "ageMax", "6", "status", "DRAFT"));
        String programme = "/editeur/programmes/" + idIn("/editeur?q=" + PROGRAMME_SLUG, "/editeur/programmes/");
        create(programme + "/episodes/nouveau", Map.of("number", "1", "title", EPISODE,
                "synopsis", "Nino et Lou construisent une cabane.", "durationMinutes", "12",
                "earlyAccessAt", LocalDate.now(PARIS).plusDays(30) + "T18:30",
                "broadcastAt", LocalDate.now(PARIS).plusDays(37) + "T18:30", "status", "PUBLISHED"));

        LocalTime start = freeTimeOn(SLOT_DAY);
        create("/editeur/grille/" + TestPlatform.DEMO_CHANNEL + "?semaine=" + SLOT_DAY,
                "/editeur/grille/" + TestPlatform.DEMO_CHANNEL + "/creneaux", Map.of("date", SLOT_DAY.toString(),
                        "start", start.toString(), "end", start.plusMinutes(10).toString(),
                        "programme", PROGRAMME_SLUG, "title", ""));

        create("/editeur/radios/nouvelle", Map.of("name", RADIO, "description", "La radio de Nino.",
                "status", "PUBLISHED"));
        String radio = "/editeur/radios/" + idIn("/editeur/radios?q=radio-nino-" + RUN, "/editeur/radios/");
        create(radio + "/versions/nouvelle", Map.of("name", "Qualité standard", "streamUrl", STREAM,
                "format", "MP3", "position", "1"));
        create(radio, radio + "/en-ce-moment", Map.of("nowPlaying", "La chanson de Nino " + RUN));

        create("/editeur/evenements/nouveau", Map.of("title", EVENT,
                "startsAt", LocalDate.now(PARIS).plusDays(20) + "T14:30", "place", "Parc de la Tête d'Or, Lyon",
                "description", "Un goûter et un spectacle de marionnettes.",
                "bookingUrl", "https://billetterie.pitchoun.test/" + RUN, "status", "PUBLISHED"));

        create("/editeur/actualites/nouveau", Map.of("title", NEWS, "publishedOn", LocalDate.now(PARIS).toString(),
                "summary", "Un nouveau programme.",
                "body", "<p>Nino arrive <strong>samedi</strong> !</p><script>alert('x')</script>",
                "status", "PUBLISHED"));
    }

    @Test
    void theProgrammeIsListedAndItsPageShowsItsEpisodes() {
        String list = awaitSite("/programmes", PROGRAMME);
        assertTrue(list.contains("<a href=\"/programmes/" + PROGRAMME_SLUG + "\">" + PROGRAMME + "</a>"),
                "the list links the programme to its page");
        assertTrue(list.contains("De 5 à 8 ans"), "with its age range");
        assertFalse(list.contains("Brouillon caché " + RUN), "a draft is not listed");

        String page = awaitSite("/programmes/" + PROGRAMME_SLUG, EPISODE.replace("'", "&#39;"));
        assertTrue(page.contains("<h1 id=\"titre-programme\">" + PROGRAMME + "</h1>"), "its title is the heading");
        assertTrue(page.contains("Nino explore son quartier."), "its synopsis");
        assertTrue(page.contains("<li>amitié</li>") && page.contains("<li>nature</li>"), "its themes as a list");
        assertTrue(page.contains("Épisode 1 : La cabane dans l&#39;arbre"), "the episode with its number");
        assertTrue(page.contains("Durée : 12 min"), "its duration");
        assertTrue(page.contains("En avant-première pour MyPitchoun+"), "an early-access episode is marked");
        assertTrue(page.contains("href=\"/programmes\" aria-current=\"page\""), "the menu marks the programmes");
        assertTrue(page.contains("<a href=\"/grille\">Grille TV</a>") && page.contains("href=\"/pages/qui-sommes-nous\""),
                "the editors' main menu (the demo's) leads to the other content pages");
    }

    @Test
    void theHomeCarouselLeadsToTheProgrammePages() throws Exception {
        String home = get("/").body();
        int carousel = home.indexOf("À ne pas manquer");
        assertTrue(home.indexOf("<a href=\"/programmes/mission-ocean\">Mission Océan</a>", carousel) > carousel,
                "a carousel card links to its programme");
        assertTrue(get("/programmes/mission-ocean").body().contains("Les abysses"), "whose page lists its episodes");
    }

    @Test
    void theGuideShowsTheSlotLinkedToItsProgrammeOnItsDay() {
        String guide = awaitSite("/grille?jour=" + SLOT_DAY, PROGRAMME);
        assertTrue(guide.contains("<a href=\"/programmes/" + PROGRAMME_SLUG + "\">" + PROGRAMME + "</a>"),
                "the slot links to its programme");
        assertTrue(guide.contains("href=\"/grille?jour=" + SLOT_DAY + "\" aria-current=\"date\""),
                "the day shown is marked in the week");
        assertTrue(guide.contains("Pitchoun TV"), "under its channel");
    }

    @Test
    void theWeeksScheduleIsGivenOutAsXmltvAndJson() throws Exception {
        String xmltv = awaitSite("/guide.xml", PROGRAMME);
        assertTrue(xmltv.contains("<channel id=\"" + TestPlatform.DEMO_CHANNEL + "\">"), "the channel is declared");
        assertTrue(xmltv.contains("<url>" + TestPlatform.SITE_URL + "/programmes/" + PROGRAMME_SLUG + "</url>"), "this run's slot, linked to its programme's page");
        assertTrue(xmltv.contains("channel=\"" + TestPlatform.DEMO_CHANNEL + "\"><title lang=\"fr\">" + PROGRAMME),
                "on its channel, titled in French");
        HttpResponse<String> json = get("/guide.json");
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(json.body().contains("\"title\":\"" + PROGRAMME + "\""), "the same slot in JSON");
    }

    @Test
    void theRadioPlaysItsStreamWhichThePagePolicyAllows() throws Exception {
        awaitSite("/radios", "La chanson de Nino " + RUN);
        HttpResponse<String> radios = get("/radios");
        assertTrue(radios.body().contains(RADIO), "the radio's name");
        assertTrue(radios.body().contains("<source src=\"" + STREAM + "\" type=\"audio/mpeg\">"),
                "a player for its stream");
        assertTrue(radios.body().contains("<audio controls preload=\"none\""), "that loads nothing until played");
        assertTrue(radios.headers().firstValue("Content-Security-Policy").orElse("")
                .contains("https://radio.e2e.pitchoun.test"), "the page lets the browser play that stream");
    }

    @Test
    void theEventIsInTheAgendaAndHasItsPage() {
        String agenda = awaitSite("/evenements", EVENT);
        assertTrue(agenda.contains("<a href=\"/evenements/" + EVENT_SLUG + "\">" + EVENT + "</a>"), "linked");
        assertTrue(agenda.contains("<time datetime=\""), "with a machine-readable date");

        String page = awaitSite("/evenements/" + EVENT_SLUG, EVENT);
        assertTrue(page.contains("Parc de la Tête d&#39;Or, Lyon"), "its place");
        assertTrue(page.contains("Un goûter et un spectacle de marionnettes."), "its description");
        assertTrue(page.contains("à 14 h 30"), "its time in French, on the Paris clock");
        assertTrue(page.contains("href=\"https://billetterie.pitchoun.test/" + RUN + "\""), "its booking link");
    }

    @Test
    void theNewsItemIsListedAndItsPageShowsTheCleanedText() {
        String list = awaitSite("/actualites", NEWS);
        assertTrue(list.contains("<a href=\"/actualites/" + NEWS_SLUG + "\">" + NEWS + "</a>"), "linked");

        String page = awaitSite("/actualites/" + NEWS_SLUG, NEWS);
        assertTrue(page.contains("<p>Nino arrive <strong>samedi</strong> !</p>"), "its body, formatted");
        assertFalse(page.contains("<script>alert"), "without what cms-service removed");
    }

    @Test
    void aRenamedEventKeepsItsOldAddressAsARedirect() throws Exception {
        String title = "Atelier renommé " + RUN;
        create("/editeur/evenements/nouveau", Map.of("title", title,
                "startsAt", LocalDate.now(PARIS).plusDays(21) + "T10:00", "place", "Médiathèque de Nantes",
                "status", "PUBLISHED"));
        String oldSlug = "atelier-renomme-" + RUN;
        awaitSite("/evenements/" + oldSlug, title);
        String event = "/editeur/evenements/" + idIn("/editeur/evenements?q=" + oldSlug, "/editeur/evenements/");
        create(event, Map.of("slug", "atelier-du-printemps-" + RUN));

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> HTTP.send(HttpRequest.newBuilder(
                URI.create(TestPlatform.SITE_URL + "/evenements/" + oldSlug)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 301);
        HttpResponse<Void> moved = HTTP.send(HttpRequest.newBuilder(
                URI.create(TestPlatform.SITE_URL + "/evenements/" + oldSlug)).build(), HttpResponse.BodyHandlers.discarding());
        assertTrue(moved.headers().firstValue("Location").orElse("").endsWith("/evenements/atelier-du-printemps-" + RUN),
                "the old address leads to the new one");
    }

    @Test
    void aDraftOrAnUnknownSlugGetsTheSitesNotFoundPage() throws Exception {
        for (String path : List.of("/programmes/" + DRAFT_SLUG, "/programmes/inconnu-" + RUN,
                "/evenements/inconnu-" + RUN, "/actualites/inconnue-" + RUN)) {
            HttpResponse<String> missing = HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.SITE_URL + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, missing.statusCode(), path);
            assertTrue(missing.body().contains("Page introuvable"), path + ": the site's own page");
        }
    }

    /** Reads the form of {@code path} posting to itself, sets {@code values} and expects the editor's 303. */
    private static void create(String path, Map<String, String> values) throws Exception {
        create(path, path, values);
    }

    private static void create(String page, String action, Map<String, String> values) throws Exception {
        List<Map.Entry<String, String>> form = editor.form(page, action);
        values.forEach((name, value) -> EditorForms.set(form, name, value));
        HttpResponse<String> saved = editor.post(action, form);
        assertEquals(303, saved.statusCode(), action + " accepted: " + saved.body());
    }

    /** The id in the first link to {@code prefix}{id} of the editor's page {@code list}. */
    private static String idIn(String list, String prefix) throws Exception {
        Matcher id = Pattern.compile("href=\"" + Pattern.quote(prefix) + "(\\d+)\"").matcher(editor.page(list));
        assertTrue(id.find(), list + " lists the item just created");
        return id.group(1);
    }

    /** A quarter hour of {@code day} (Paris) whose next ten minutes no slot of the demo channel takes. */
    private static LocalTime freeTimeOn(LocalDate day) throws Exception {
        String json = HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.CMS_URL + "/api/chaines/"
                + TestPlatform.DEMO_CHANNEL + "/grille?date=" + day)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher slot = Pattern.compile("\"startsAt\":\"([^\"]+)\",\"endsAt\":\"([^\"]+)\"").matcher(json);
        List<Instant[]> taken = new ArrayList<>();
        while (slot.find()) {
            taken.add(new Instant[]{Instant.parse(slot.group(1)), Instant.parse(slot.group(2))});
        }
        for (LocalTime start = LocalTime.of(1, 0); start.isBefore(LocalTime.of(23, 30)); start = start.plusMinutes(15)) {
            Instant from = ZonedDateTime.of(day, start, PARIS).toInstant();
            Instant to = from.plus(Duration.ofMinutes(10));
            if (taken.stream().noneMatch(t -> t[0].isBefore(to) && from.isBefore(t[1]))) {
                return start;
            }
        }
        throw new AssertionError("no free ten minutes on " + day + " in " + json);
    }

    /** The site's page once it shows {@code text} (its copy of the CMS is refreshed by the content-changed event). */
    private static String awaitSite(String path, String text) {
        String[] body = new String[1];
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.SITE_URL + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
            body[0] = page.body();
            return page.statusCode() == 200 && page.body().contains(text);
        });
        return body[0];
    }

    private static HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.SITE_URL + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response;
    }
}
