package fr.pitchoun.cms.programme;

import fr.pitchoun.cms.EditorClient;
import fr.pitchoun.cms.account.EditorAccounts;
import fr.pitchoun.cms.account.Role;
import fr.pitchoun.cms.content.ParisTime;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Editing, renaming, scheduling, deleting programmes and their episodes, through the editors' pages. */
@QuarkusTest
class ProgrammeLifecycleTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    EditorAccounts accounts;

    @Inject
    ProgrammeCatalog catalog;

    private EditorClient editor;

    @BeforeEach
    void signIn() {
        editor = EditorClient.newAccount(accounts, Role.EDITOR);
    }

    @Test
    void renamingAPublishedProgrammeKeepsItsOldAddressAsARedirectAndTheTrailSaysWhoDidWhat() {
        String slug = "ancien-nom-" + run;
        long id = create("Ancien nom " + run, slug, "PUBLISHED");

        editor.page("/editeur/programmes/" + id).then().statusCode(200)
                .body(containsString("value=\"Ancien nom " + run + "\""));
        programmeForm("Nouveau nom " + run, "nouveau-nom-" + run, "PUBLISHED").post("/editeur/programmes/{id}", id)
                .then().statusCode(303).header("Location", endsWith("/editeur/programmes/" + id + "?enregistre=1"));
        editor.page("/editeur/programmes/" + id + "?enregistre=1")
                .then().body(containsString("Modifications enregistrées. État : Publié."));

        given().redirects().follow(false).get("/api/programmes/{slug}", slug)
                .then().statusCode(301).header("Location", endsWith("/api/programmes/nouveau-nom-" + run));
        given().get("/api/programmes/{slug}", slug).then().statusCode(200).body("title", equalTo("Nouveau nom " + run));

        editor.page("/editeur/programmes/" + id + "/historique").then().statusCode(200)
                .body(containsString("Création"))
                .body(containsString("Champs modifiés : titre, identifiant."))
                .body(containsString("Test " + editor.email));
    }

    @Test
    void anotherProgrammeCannotTakeASlugThatStillRedirects() {
        String slug = "pris-" + run;
        long id = create("Pris " + run, slug, "PUBLISHED");
        programmeForm("Pris ailleurs " + run, "pris-ailleurs-" + run, "PUBLISHED").post("/editeur/programmes/{id}", id)
                .then().statusCode(303);

        programmeForm("Usurpateur " + run, slug, "PUBLISHED").post("/editeur/programmes/nouveau")
                .then().statusCode(422).body(containsString("a déjà servi à un autre programme"));
    }

    @Test
    void aScheduledProgrammeStaysOffTheSiteUntilItsTimeThenIsPublished() {
        String slug = "bientot-" + run;
        Instant at = Instant.now().plusSeconds(61);
        programmeForm("Bientôt " + run, slug, "SCHEDULED").formParam("publishAt", ParisTime.field(at))
                .post("/editeur/programmes/nouveau").then().statusCode(303);
        given().get("/api/programmes/{slug}", slug).then().statusCode(404);

        // The field has minute precision: the scheduler publishes it at the start of that minute, not before.
        Instant due = ParisTime.parseField(ParisTime.field(at)).orElseThrow();
        await().atMost(Duration.ofSeconds(75)).pollInterval(Duration.ofMillis(500)).until(() ->
                given().get("/api/programmes/{slug}", slug).statusCode() == 200);
        org.junit.jupiter.api.Assertions.assertFalse(Instant.now().isBefore(due), "not published before its time");
        editor.page("/editeur/programmes/" + catalog.bySlug(slug).orElseThrow().id + "/historique")
                .then().body(containsString("Publication programmée (automatique)"));
    }

    @Test
    void aScheduledProgrammeNeedsAFutureDate() {
        programmeForm("Sans date " + run, "sans-date-" + run, "SCHEDULED").post("/editeur/programmes/nouveau")
                .then().statusCode(422).body(containsString("Indiquez la date et l&#39;heure de publication."));
        programmeForm("Passé " + run, "passe-" + run, "SCHEDULED").formParam("publishAt", "2020-01-01T10:00")
                .post("/editeur/programmes/nouveau")
                .then().statusCode(422).body(containsString("La date de publication doit être dans le futur"));
    }

    @Test
    void deletingAsksForConfirmationFirst() {
        String slug = "a-supprimer-" + run;
        long id = create("À supprimer " + run, slug, "PUBLISHED");

        editor.page("/editeur/programmes/" + id + "/supprimer").then().statusCode(200)
                .body(containsString("Supprimer le programme « À supprimer " + run + " » ?"))
                .body(containsString("Oui, supprimer définitivement"));
        given().get("/api/programmes/{slug}", slug).then().statusCode(200);

        editor.form().post("/editeur/programmes/{id}/supprimer", id)
                .then().statusCode(303).header("Location", endsWith("/editeur?supprime=1"));
        given().get("/api/programmes/{slug}", slug).then().statusCode(404);
        editor.page("/editeur?supprime=1").then().body(containsString("Le programme a été supprimé."));
    }

    @Test
    void listSearchesFiltersAndPages() {
        for (int i = 1; i <= 21; i++) {
            create("Série pagination " + run + " n" + i, "pagination-" + run + "-" + i, i % 2 == 0 ? "PUBLISHED" : "DRAFT");
        }
        editor.page("/editeur?q=pagination " + run).then().statusCode(200)
                .body(containsString("21 programme(s)"))
                .body(containsString("page 1 sur 2"))
                .body(containsString("href=\"/editeur?q=pagination+" + run + "&amp;etat=&amp;page=2\" rel=\"next\""));
        editor.page("/editeur?q=pagination " + run + "&page=2").then().body(containsString("page 2 sur 2"));
        editor.page("/editeur?q=pagination " + run + "&etat=PUBLISHED").then()
                .body(containsString("10 programme(s)"))
                .body(not(containsString("pagination-" + run + "-1<")));
        editor.page("/editeur?q=introuvable-" + run).then().body(containsString("Aucun programme ne correspond"));
    }

    @Test
    void episodesAreCheckedAndOnlyPublishedOnesReachTheApi() {
        String slug = "avec-episodes-" + run;
        long id = create("Avec épisodes " + run, slug, "PUBLISHED");
        editor.page("/editeur/programmes/" + id + "/episodes/nouveau").then().statusCode(200)
                .body(containsString("id=\"number\" name=\"number\" type=\"number\" required value=\"1\""));

        episodeForm("", "0", "PUBLISHED").formParam("kinowVideoId", "ftp://video")
                .post("/editeur/programmes/{id}/episodes/nouveau", id)
                .then().statusCode(422)
                .body(containsString("Indiquez le titre de l&#39;épisode."))
                .body(containsString("La durée doit être un nombre de minutes entre 1 et 600."))
                .body(containsString("Choisissez la vidéo dans le catalogue Kinow."));

        episodeForm("Le premier jour", "12", "PUBLISHED").formParam("number", "1")
                .formParam("learningThemes", "lecture,  amitié")
                .post("/editeur/programmes/{id}/episodes/nouveau", id).then().statusCode(303);
        episodeForm("Brouillon secret", "10", "DRAFT").formParam("number", "2")
                .post("/editeur/programmes/{id}/episodes/nouveau", id).then().statusCode(303);
        episodeForm("Doublon", "10", "DRAFT").formParam("number", "1")
                .post("/editeur/programmes/{id}/episodes/nouveau", id)
                .then().statusCode(422).body(containsString("Ce programme a déjà un épisode numéro 1."));

        given().get("/api/programmes/{slug}", slug).then().statusCode(200)
                .body("episodes.slug", hasItem("le-premier-jour"))
                .body("episodes.slug", not(hasItem("brouillon-secret")))
                .body("episodes[0].learningThemes", equalTo(java.util.List.of("lecture", "amitié")))
                .body("episodes[0].video", nullValue());
        given().get("/api/programmes").then().body("find { it.slug == '" + slug + "' }.episodes", nullValue());
    }

    private long create(String title, String slug, String status) {
        programmeForm(title, slug, status).post("/editeur/programmes/nouveau").then().statusCode(303);
        return catalog.bySlug(slug).orElseThrow().id;
    }

    private RequestSpecification programmeForm(String title, String slug, String status) {
        return editor.form().formParam("title", title).formParam("slug", slug)
                .formParam("ageMin", "5").formParam("ageMax", "9").formParam("status", status);
    }

    private RequestSpecification episodeForm(String title, String duration, String status) {
        return editor.form().formParam("title", title).formParam("durationMinutes", duration)
                .formParam("status", status);
    }
}
