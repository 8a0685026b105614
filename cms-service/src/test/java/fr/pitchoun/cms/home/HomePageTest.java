package fr.pitchoun.cms.home;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pitchoun.cms.EditorClient;
import fr.pitchoun.cms.account.EditorAccounts;
import fr.pitchoun.cms.account.Role;
import fr.pitchoun.cms.content.ParisTime;
import fr.pitchoun.cms.outbox.ContentChangedTopic;
import fr.pitchoun.cms.programme.ProgrammeCatalog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The home page's blocks through the editors' pages, and what GET /api/accueil shows of them. */
@QuarkusTest
class HomePageTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    EditorAccounts accounts;

    @Inject
    HomePageComposer page;

    @Inject
    ProgrammeCatalog programmes;

    private EditorClient editor;

    @BeforeEach
    void signIn() {
        editor = EditorClient.newAccount(accounts, Role.EDITOR);
    }

    @Test
    void eachKindOfBlockIsCheckedAndTheFormComesBackWithTheTypedValues() {
        editor.page("/editeur/accueil/nouveau?type=HERO").then().statusCode(200)
                .body(containsString("Nouveau bloc : Bandeau principal"));
        block("HERO", "", "PUBLISHED").formParam("body", "Texte tapé " + run)
                .formParam("linkLabel", "Cliquez").formParam("linkTarget", "javascript:alert(1)")
                .post("/editeur/accueil/nouveau").then().statusCode(422)
                .body(containsString("Indiquez le titre du bloc."))
                .body(containsString("Le lien doit être une adresse du site commençant par « / »"))
                .body(containsString("Texte tapé " + run))
                .body(containsString("aria-describedby=\"linkTarget-aide linkTarget-erreur\""));
        block("HERO", "Lien sans adresse " + run, "PUBLISHED").formParam("linkLabel", "Par ici")
                .formParam("image", "999999999")
                .post("/editeur/accueil/nouveau").then().statusCode(422)
                .body(containsString("Indiquez où mène le lien, ou effacez son texte."))
                .body(containsString("Cette image n&#39;est plus dans la médiathèque"));
        block("PROGRAMME_CAROUSEL", "Carrousel " + run, "PUBLISHED")
                .formParam("programmes", "mission-ocean").formParam("programmes", "mission-ocean")
                .post("/editeur/accueil/nouveau").then().statusCode(422)
                .body(containsString("Chaque programme ne peut figurer qu&#39;une fois dans le carrousel."));
        block("LIVE_TEASER", "Direct " + run, "PUBLISHED").formParam("channel", "chaine-inconnue")
                .post("/editeur/accueil/nouveau").then().statusCode(422)
                .body(containsString("Choisissez la chaîne à mettre en avant."));
        block("PODCAST_HIGHLIGHT", "Podcast " + run, "PUBLISHED").formParam("podcastShow", "Les Histoires du soir")
                .post("/editeur/accueil/nouveau").then().statusCode(422)
                .body(containsString("L&#39;identifiant ne peut contenir que des lettres minuscules"));
        block("EVENTS", "Événements " + run, "PUBLISHED").formParam("eventCount", "0")
                .post("/editeur/accueil/nouveau").then().statusCode(422)
                .body(containsString("Le nombre d&#39;événements doit être un nombre entier entre 1 et 12."));
        block("EVENTS", "Programmé sans date " + run, "SCHEDULED").formParam("eventCount", "3")
                .post("/editeur/accueil/nouveau").then().statusCode(422)
                .body(containsString("Indiquez la date et l&#39;heure de publication."));

        assertTrue(page.blocks().stream().noneMatch(b -> b.title.contains(run)), "nothing stored");
    }

    @Test
    void theApiShowsPublishedBlocksWithTheirFieldsAndNeverDraftsWhileThePreviewShowsEverything() {
        String visible = "visible-" + run;
        String hidden = "brouillon-" + run;
        programme("Publié " + run, visible, "PUBLISHED");
        programme("Brouillon " + run, hidden, "DRAFT");

        long hero = create(block("HERO", "Héros " + run, "PUBLISHED").formParam("body", "Bonjour " + run)
                .formParam("linkLabel", "Le direct").formParam("linkTarget", "/direct"));
        create(block("PROGRAMME_CAROUSEL", "Carrousel " + run, "PUBLISHED")
                .formParam("programmes", hidden).formParam("programmes", "").formParam("programmes", visible));
        create(block("LIVE_TEASER", "Direct brouillon " + run, "DRAFT").formParam("channel", "pitchoun-tv"));
        create(block("PODCAST_HIGHLIGHT", "Podcast " + run, "PUBLISHED")
                .formParam("podcastShow", "les-histoires-du-soir-de-pitchoun").formParam("body", "À écouter"));
        create(block("EVENTS", "Événements " + run, "PUBLISHED").formParam("eventCount", "4"));

        JsonPath home = given().get("/api/accueil").then().statusCode(200).extract().jsonPath();
        String mine = "blocks.findAll { it.title.contains('" + run + "') }";
        assertEquals(List.of("HERO", "PROGRAMME_CAROUSEL", "PODCAST_HIGHLIGHT", "EVENTS"), home.getList(mine + ".kind"),
                "published blocks in order, the draft left out");
        assertEquals("Bonjour " + run, home.getString(mine + "[0].text"));
        assertEquals("/direct", home.getString(mine + "[0].link.url"));
        assertEquals(List.of(visible), home.getList(mine + "[1].programmes.slug"), "only published programmes");
        assertEquals(5, home.getInt(mine + "[1].programmes[0].ageMin"));
        assertEquals("les-histoires-du-soir-de-pitchoun", home.getString(mine + "[2].podcastShow"));
        assertEquals(4, home.getInt(mine + "[3].eventCount"));
        assertFalse(given().get("/api/accueil").asString().contains("Direct brouillon " + run), "drafts never leak");

        editor.page("/editeur/accueil/apercu").then().statusCode(200)
                .body(containsString("Direct brouillon " + run))
                .body(containsString("Brouillon : non visible sur le site"));
        editor.page("/editeur/accueil/" + hero).then().statusCode(200).body(containsString("value=\"/direct\""));
    }

    @Test
    void aCarouselWithoutChoiceShowsTheLatestPublishedProgrammes() {
        String latest = "dernier-" + run;
        programme("Dernier " + run, latest, "PUBLISHED");
        create(block("PROGRAMME_CAROUSEL", "Nouveautés " + run, "PUBLISHED"));

        given().get("/api/accueil").then().statusCode(200)
                .body("blocks.find { it.title == 'Nouveautés " + run + "' }.programmes[0].slug", equalTo(latest));
    }

    @Test
    void blocksMoveUpDownAndToATypedPositionWithAConfirmation() {
        long first = create(block("EVENTS", "Premier " + run, "PUBLISHED").formParam("eventCount", "2"));
        long second = create(block("EVENTS", "Second " + run, "PUBLISHED").formParam("eventCount", "2"));
        assertEquals(List.of("Premier " + run, "Second " + run), myTitlesInTheApi());

        editor.form().post("/editeur/accueil/{id}/monter", second).then().statusCode(303)
                .header("Location", containsString("/editeur/accueil?deplace=" + second));
        assertEquals(List.of("Second " + run, "Premier " + run), myTitlesInTheApi());
        editor.page("/editeur/accueil?deplace=" + second).then().statusCode(200)
                .body(containsString("role=\"status\"><p>« Second " + run + " » est maintenant en position"));

        editor.form().post("/editeur/accueil/{id}/descendre", second).then().statusCode(303);
        assertEquals(List.of("Premier " + run, "Second " + run), myTitlesInTheApi());

        editor.form().formParam("position", "1").post("/editeur/accueil/{id}/position", second).then().statusCode(303);
        assertEquals("Second " + run, given().get("/api/accueil").jsonPath().getString("blocks[0].title"));
        editor.page("/editeur/accueil?deplace=" + second).then()
                .body(containsString("« Second " + run + " » est maintenant en position 1."));

        editor.form().formParam("position", "premier").post("/editeur/accueil/{id}/position", first)
                .then().statusCode(422)
                .body(containsString("La position de « Premier " + run + " » doit être un nombre entier à partir de 1."));
        editor.page("/editeur/accueil/" + second + "/historique").then().body(containsString("Position : "));
        // Without the CSRF token, nothing moves.
        editor.request().contentType("application/x-www-form-urlencoded").post("/editeur/accueil/{id}/monter", first)
                .then().statusCode(400);
    }

    @Test
    void aScheduledBlockStaysOffTheHomePageUntilItsTimeThenIsPublished() {
        String title = "Bientôt " + run;
        Instant at = Instant.now().plusSeconds(61);
        long id = create(block("EVENTS", title, "SCHEDULED").formParam("eventCount", "3")
                .formParam("publishAt", ParisTime.field(at)));
        assertFalse(given().get("/api/accueil").asString().contains(title));

        Instant due = ParisTime.parseField(ParisTime.field(at)).orElseThrow();
        await().atMost(Duration.ofSeconds(75)).pollInterval(Duration.ofMillis(500)).until(() ->
                given().get("/api/accueil").asString().contains(title));
        assertFalse(Instant.now().isBefore(due), "not published before its time");
        editor.page("/editeur/accueil/" + id + "/historique").then()
                .body(containsString("Publication programmée (automatique)"));
    }

    @Test
    void publishingABlockSendsAHomePageEventAndDeletingAsksFirst() {
        // Block ids come back when the test database is recreated while the topic keeps older runs' events.
        Instant started = Instant.now();
        try (ContentChangedTopic topic = new ContentChangedTopic()) {
            long id = create(block("LIVE_TEASER", "Annonce " + run, "DRAFT").formParam("channel", "pitchoun-junior"));
            block("LIVE_TEASER", "Annonce " + run, "PUBLISHED").formParam("channel", "pitchoun-junior")
                    .post("/editeur/accueil/{id}", id).then().statusCode(303);
            given().get("/api/accueil").then()
                    .body("blocks.find { it.title == 'Annonce " + run + "' }.channel", equalTo("pitchoun-junior"));

            editor.page("/editeur/accueil/" + id + "/supprimer").then().statusCode(200)
                    .body(containsString("Supprimer le bloc « Annonce " + run + " » ?"));
            editor.form().post("/editeur/accueil/{id}/supprimer", id).then().statusCode(303)
                    .header("Location", endsWith("/editeur/accueil?supprime=1"));
            assertFalse(given().get("/api/accueil").asString().contains("Annonce " + run));

            List<JsonNode> events = topic.await(e -> "home_page".equals(e.path("type").asText())
                    && e.path("id").asLong() == id && !Instant.parse(e.path("occurredAt").asText()).isBefore(started),
                    2, Duration.ofSeconds(20));
            assertEquals(List.of("PUBLISHED", "UNPUBLISHED"), events.stream().map(e -> e.get("action").asText()).toList(),
                    "the draft's creation sends nothing; publication and deletion do");
            assertEquals("accueil", events.get(0).get("slug").asText());
        }
    }

    @Test
    void theApiAnswersNotModifiedWhileNothingChanged() {
        String tag = given().get("/api/accueil").then().statusCode(200)
                .header("Cache-Control", containsString("max-age")).extract().header("ETag");
        given().header("If-None-Match", tag).get("/api/accueil").then().statusCode(304);
        create(block("EVENTS", "Changement " + run, "PUBLISHED").formParam("eventCount", "1"));
        given().header("If-None-Match", tag).get("/api/accueil").then().statusCode(200)
                .header("ETag", not(equalTo(tag)));
    }

    private List<String> myTitlesInTheApi() {
        return given().get("/api/accueil").jsonPath()
                .getList("blocks.findAll { it.title.contains('" + run + "') }.title");
    }

    private long create(RequestSpecification form) {
        String location = form.post("/editeur/accueil/nouveau").then().statusCode(303).extract().header("Location");
        return Long.parseLong(location.replaceAll(".*cree=([0-9]+).*", "$1"));
    }

    private RequestSpecification block(String kind, String title, String status) {
        return editor.form().formParam("kind", kind).formParam("title", title).formParam("status", status);
    }

    private void programme(String title, String slug, String status) {
        editor.form().formParam("title", title).formParam("slug", slug).formParam("ageMin", "5")
                .formParam("ageMax", "9").formParam("status", status).post("/editeur/programmes/nouveau")
                .then().statusCode(303);
        assertTrue(programmes.bySlug(slug).isPresent());
    }
}
