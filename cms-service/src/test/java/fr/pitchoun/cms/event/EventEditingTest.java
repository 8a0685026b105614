package fr.pitchoun.cms.event;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pitchoun.cms.EditorClient;
import fr.pitchoun.cms.account.EditorAccounts;
import fr.pitchoun.cms.account.Role;
import fr.pitchoun.cms.content.ParisTime;
import fr.pitchoun.cms.media.MediaAsset;
import fr.pitchoun.cms.outbox.ContentChangedTopic;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The agenda through the editors' pages and the JSON API: checks, Paris times, upcoming list, states, events. */
@QuarkusTest
class EventEditingTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Instant inTenDays = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);

    @Inject
    EditorAccounts accounts;

    @Inject
    EventCatalog catalog;

    private EditorClient editor;

    @BeforeEach
    void signIn() {
        editor = EditorClient.newAccount(accounts, Role.EDITOR);
    }

    @Test
    void anEventFormWithMistakesIsShownBackWithFrenchMessages() {
        String slug = "spectacle-" + run;
        eventForm("Spectacle " + run, slug, "PUBLISHED", "2026-12-20T16:00", "2026-12-20T15:00")
                .formParam("bookingUrl", "http://billets.example/spectacle")
                .post("/editeur/evenements/nouveau").then().statusCode(422)
                .body(containsString("La fin doit être après le début."))
                .body(containsString("Le lien de réservation doit être une adresse web complète commençant par https://."))
                .body(containsString("value=\"http://billets.example/spectacle\""))
                .body(containsString("value=\"2026-12-20T15:00\""));
        editor.form().formParam("title", "").formParam("slug", slug).formParam("status", "PUBLISHED")
                .formParam("startsAt", "demain").formParam("place", " ")
                .post("/editeur/evenements/nouveau").then().statusCode(422)
                .body(containsString("Indiquez le titre de l&#39;événement."))
                .body(containsString("La date de début n&#39;est pas valide"))
                .body(containsString("Indiquez le lieu de l&#39;événement."));
        assertEquals(0, catalog.bySlug(slug).stream().count(), "nothing stored");

        create("Spectacle " + run, slug, "PUBLISHED");
        eventForm("Autre " + run, slug, "DRAFT", ParisTime.field(inTenDays), "").post("/editeur/evenements/nouveau")
                .then().statusCode(422).body(containsString("est déjà utilisé par « Spectacle " + run + " »"));
    }

    @Test
    void theApiListsPublishedUpcomingEventsByDateOnTheParisClock() {
        String later = "plus-tard-" + run;
        String sooner = "bientot-" + run;
        String past = "passe-" + run;
        String draft = "brouillon-" + run;
        create("Plus tard " + run, later, "PUBLISHED", ParisTime.field(inTenDays.plus(5, ChronoUnit.DAYS)), "");
        eventForm("Bientôt " + run, sooner, "PUBLISHED", "2030-06-01T14:30", "2030-06-01T16:00")
                .formParam("bookingUrl", "https://billets.example/bientot").post("/editeur/evenements/nouveau")
                .then().statusCode(303);
        create("Passé " + run, past, "PUBLISHED", "2025-03-01T10:00", "2025-03-01T12:00");
        create("Brouillon " + run, draft, "DRAFT", ParisTime.field(inTenDays), "");

        List<String> upcoming = given().get("/api/evenements").then().statusCode(200)
                .header("ETag", not(equalTo(null))).extract().jsonPath().getList("slug");
        List<String> ours = upcoming.stream().filter(s -> s.endsWith(run)).toList();
        assertEquals(List.of(later, sooner), ours, "upcoming only, by start; no draft, nothing past");
        given().get("/api/evenements?passes=true").then()
                .body("slug", hasItem(past)).body("slug", not(hasItem(draft)));

        // 14:30 in Paris in June (summer time) is 12:30 UTC.
        given().get("/api/evenements/{slug}", sooner).then().statusCode(200)
                .body("startsAt", equalTo("2030-06-01T12:30:00Z"))
                .body("bookingUrl", equalTo("https://billets.example/bientot"));
        given().get("/api/evenements/{slug}", draft).then().statusCode(404);
        long id = catalog.bySlug(sooner).orElseThrow().id;
        editor.page("/editeur/evenements/" + id).then().body(containsString("value=\"2030-06-01T14:30\""));
        editor.page("/editeur/evenements/" + id + "/apercu").then().body(containsString("Le 1 juin 2030 à 14:30"));
    }

    @Test
    void listSearchesAndFiltersByState() {
        create("Atelier liste " + run, "atelier-liste-" + run, "PUBLISHED");
        create("Goûter liste " + run, "gouter-liste-" + run, "DRAFT");
        editor.page("/editeur/evenements?q=liste " + run).then().statusCode(200)
                .body(containsString("2 événement(s)"));
        editor.page("/editeur/evenements?q=liste " + run + "&etat=DRAFT").then()
                .body(containsString("1 événement(s)"))
                .body(containsString("Goûter liste " + run))
                .body(not(containsString("Atelier liste " + run)));
        editor.page("/editeur/evenements?q=introuvable-" + run).then()
                .body(containsString("Aucun événement ne correspond"));
    }

    @Test
    void theSchedulerPublishesADueEventAndTheTopicHearsOfIt() {
        String slug = "a-l-heure-" + run;
        try (ContentChangedTopic topic = new ContentChangedTopic()) {
            eventForm("À l'heure " + run, slug, "SCHEDULED", ParisTime.field(inTenDays), "")
                    .formParam("publishAt", ParisTime.field(inTenDays.minus(1, ChronoUnit.DAYS)))
                    .post("/editeur/evenements/nouveau").then().statusCode(303);
            given().get("/api/evenements/{slug}", slug).then().statusCode(404);

            // Its time comes: the publication date is now in the past, and the scheduler (every second) acts.
            long id = catalog.bySlug(slug).orElseThrow().id;
            QuarkusTransaction.requiringNew().run(() ->
                    Event.update("publishAt = ?1 where id = ?2", Instant.now().minusSeconds(1), id));
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(() ->
                    given().get("/api/evenements/{slug}", slug).statusCode() == 200);

            List<JsonNode> events = topic.await(e -> slug.equals(e.path("slug").asText()), 1, Duration.ofSeconds(20));
            assertEquals(1, events.size());
            assertEquals("event", events.get(0).get("type").asText());
            assertEquals("PUBLISHED", events.get(0).get("action").asText());
            editor.page("/editeur/evenements/" + id + "/historique").then()
                    .body(containsString("Publication programmée (automatique)"));
        }
    }

    @Test
    void renamingKeepsARedirectAndDeletionAsksFirst() {
        String slug = "vieux-nom-" + run;
        long id = create("Vieux nom " + run, slug, "PUBLISHED");
        eventForm("Nouveau nom " + run, "nouveau-nom-" + run, "PUBLISHED", ParisTime.field(inTenDays), "")
                .post("/editeur/evenements/{id}", id).then().statusCode(303)
                .header("Location", endsWith("/editeur/evenements/" + id + "?enregistre=1"));
        given().redirects().follow(false).get("/api/evenements/{slug}", slug)
                .then().statusCode(301).header("Location", endsWith("/api/evenements/nouveau-nom-" + run));

        editor.page("/editeur/evenements/" + id + "/supprimer").then().statusCode(200)
                .body(containsString("Supprimer l&#39;événement « Nouveau nom " + run + " » ?"));
        editor.form().post("/editeur/evenements/{id}/supprimer", id).then().statusCode(303);
        given().get("/api/evenements/{slug}", "nouveau-nom-" + run).then().statusCode(404);
        given().redirects().follow(false).get("/api/evenements/{slug}", slug).then().statusCode(404);
    }

    @Test
    void anImageOfTheLibraryIsShownInTheApiWithItsAlternativeText() {
        MediaAsset image = QuarkusTransaction.requiringNew().call(() -> {
            MediaAsset asset = new MediaAsset();
            asset.originalName = "affiche-" + run + ".png";
            asset.altText = "Affiche du spectacle " + run;
            asset.mediaType = "image/png";
            asset.width = 800;
            asset.height = 600;
            asset.byteSize = 1234;
            asset.uploadedBy = "Test";
            asset.persist();
            return asset;
        });
        String slug = "avec-image-" + run;
        eventForm("Avec image " + run, slug, "PUBLISHED", ParisTime.field(inTenDays), "")
                .formParam("imageId", "999999999").post("/editeur/evenements/nouveau").then().statusCode(422)
                .body(containsString("Cette image n&#39;est pas (ou plus) dans la médiathèque"));
        eventForm("Avec image " + run, slug, "PUBLISHED", ParisTime.field(inTenDays), "")
                .formParam("imageId", image.id.toString()).post("/editeur/evenements/nouveau").then().statusCode(303);

        given().get("/api/evenements/{slug}", slug).then().statusCode(200)
                .body("image.id", equalTo(image.id.intValue()))
                .body("image.alt", equalTo("Affiche du spectacle " + run))
                .body("image.url", equalTo("/medias/" + image.id + "/large"));
        editor.page("/editeur/evenements/" + catalog.bySlug(slug).orElseThrow().id).then()
                .body(containsString("<option value=\"" + image.id + "\" selected>"));
    }

    private long create(String title, String slug, String status) {
        return create(title, slug, status, ParisTime.field(inTenDays), "");
    }

    private long create(String title, String slug, String status, String startsAt, String endsAt) {
        eventForm(title, slug, status, startsAt, endsAt).post("/editeur/evenements/nouveau").then().statusCode(303);
        return catalog.bySlug(slug).orElseThrow().id;
    }

    private RequestSpecification eventForm(String title, String slug, String status, String startsAt, String endsAt) {
        return editor.form().formParam("title", title).formParam("slug", slug).formParam("status", status)
                .formParam("startsAt", startsAt).formParam("endsAt", endsAt).formParam("place", "Maison de la radio");
    }
}
