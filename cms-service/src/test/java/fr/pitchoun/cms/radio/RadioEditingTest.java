package fr.pitchoun.cms.radio;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pitchoun.cms.EditorClient;
import fr.pitchoun.cms.account.EditorAccounts;
import fr.pitchoun.cms.account.Role;
import fr.pitchoun.cms.content.ParisTime;
import fr.pitchoun.cms.outbox.ContentChangedTopic;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Radios through the editors' pages and the JSON API: forms, streams, "now playing", states, renames, events. */
@QuarkusTest
class RadioEditingTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    EditorAccounts accounts;

    @Inject
    RadioCatalog catalog;

    private EditorClient editor;

    @BeforeEach
    void signIn() {
        editor = EditorClient.newAccount(accounts, Role.EDITOR);
    }

    @Test
    void aRadioFormWithMistakesIsShownBackWithFrenchMessagesAndStoresNothing() {
        String slug = "radio-" + run;
        radioForm("", slug, "PUBLISHED").post("/editeur/radios/nouvelle").then().statusCode(422)
                .body(containsString("Indiquez le nom de la radio."))
                .body(containsString("value=\"" + slug + "\""))
                .body(containsString("aria-describedby=\"name-erreur\""));
        assertEquals(0, catalog.bySlug(slug).stream().count(), "nothing stored");

        create("Radio " + run, slug, "PUBLISHED");
        radioForm("Autre radio " + run, slug, "DRAFT").post("/editeur/radios/nouvelle").then().statusCode(422)
                .body(containsString("L&#39;identifiant « " + slug + " » est déjà utilisé par « Radio " + run + " »"));
        radioForm("Programmée sans date " + run, "", "SCHEDULED").post("/editeur/radios/nouvelle").then()
                .statusCode(422).body(containsString("Indiquez la date et l&#39;heure de publication."));
    }

    @Test
    void streamsAreCheckedAndReachTheApiInTheirOrder() {
        String slug = "flux-" + run;
        long id = create("Flux " + run, slug, "PUBLISHED");
        editor.page("/editeur/radios/" + id + "/versions/nouvelle").then().statusCode(200)
                .body(containsString("value=\"1\""));

        versionForm("Qualité standard", "ftp://flux.example/radio.mp3", "MP3", "1")
                .post("/editeur/radios/{id}/versions/nouvelle", id).then().statusCode(422)
                .body(containsString("L&#39;adresse du flux doit être une adresse web complète commençant par http:// ou https://."))
                .body(containsString("value=\"ftp://flux.example/radio.mp3\""));
        versionForm("", "https://flux.example/x.ogg", "OGG", "0")
                .post("/editeur/radios/{id}/versions/nouvelle", id).then().statusCode(422)
                .body(containsString("Indiquez le nom de la version"))
                .body(containsString("Choisissez le format du flux : MP3, AAC ou HLS."))
                .body(containsString("La position doit être un nombre entier entre 1 et 99."));

        versionForm("Haute qualité", "https://flux.example/radio.aac", "AAC", "2")
                .post("/editeur/radios/{id}/versions/nouvelle", id).then().statusCode(303);
        versionForm("Qualité standard", "http://flux.example/radio.mp3", "MP3", "1")
                .post("/editeur/radios/{id}/versions/nouvelle", id).then().statusCode(303);

        given().get("/api/radios/{slug}", slug).then().statusCode(200)
                .body("versions.name", equalTo(List.of("Qualité standard", "Haute qualité")))
                .body("versions[0].streamUrl", equalTo("http://flux.example/radio.mp3"))
                .body("versions[1].format", equalTo("AAC"));

        long standard = catalog.bySlug(slug).orElseThrow().versions.stream()
                .filter(v -> v.name.equals("Qualité standard")).findFirst().orElseThrow().id;
        editor.page("/editeur/radios/versions/" + standard + "/supprimer").then().statusCode(200)
                .body(containsString("Oui, supprimer définitivement"));
        editor.form().post("/editeur/radios/versions/{id}/supprimer", standard).then().statusCode(303);
        given().get("/api/radios/{slug}", slug).then().body("versions.name", equalTo(List.of("Haute qualité")));
        editor.page("/editeur/radios/" + id + "/historique").then().statusCode(200)
                .body(containsString("Version « Haute qualité » ajoutée."))
                .body(containsString("Version « Qualité standard » supprimée."));
    }

    @Test
    void draftsNeverReachTheApiButCanBePreviewed() {
        String slug = "brouillon-" + run;
        long id = create("Brouillon " + run, slug, "DRAFT");
        given().get("/api/radios").then().statusCode(200).body("slug", not(hasItem(slug)));
        given().get("/api/radios/{slug}", slug).then().statusCode(404);
        editor.page("/editeur/radios/" + id + "/apercu").then().statusCode(200)
                .body(containsString("<h1>Brouillon " + run + "</h1>"))
                .body(containsString("État actuel : Brouillon."));
    }

    @Test
    void nowPlayingUpdatedFromTheListShowsInTheApiWithANewEtag() {
        String slug = "antenne-" + run;
        long id = create("Antenne " + run, slug, "PUBLISHED");
        String etag = given().get("/api/radios/{slug}", slug).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/radios/{slug}", slug).then().statusCode(304);

        editor.page("/editeur/radios?q=" + run).then().body(containsString("id=\"nowPlaying-" + id + "\""));
        editor.form().formParam("nowPlaying", "  Henri Dès — Le beau vélo ").formParam("retour", "liste")
                .post("/editeur/radios/{id}/en-ce-moment", id).then().statusCode(303)
                .header("Location", endsWith("/editeur/radios?enCours=" + id));
        editor.page("/editeur/radios?enCours=" + id).then()
                .body(containsString("« En ce moment » de Antenne " + run + " : « Henri Dès — Le beau vélo »."));

        given().header("If-None-Match", etag).get("/api/radios/{slug}", slug).then().statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("nowPlaying", equalTo("Henri Dès — Le beau vélo"));
        given().get("/api/radios").then().body("find { it.slug == '" + slug + "' }.nowPlaying",
                equalTo("Henri Dès — Le beau vélo"));

        editor.form().formParam("nowPlaying", "x".repeat(201)).post("/editeur/radios/{id}/en-ce-moment", id)
                .then().statusCode(422).body(containsString("Le titre en cours ne doit pas dépasser 200 caractères."));
        given().get("/api/radios/{slug}", slug).then().body("nowPlaying", equalTo("Henri Dès — Le beau vélo"));
    }

    @Test
    void renamingKeepsTheOldAddressAsARedirect() {
        String slug = "ancienne-" + run;
        long id = create("Ancienne " + run, slug, "PUBLISHED");
        radioForm("Nouvelle " + run, "nouvelle-" + run, "PUBLISHED").post("/editeur/radios/{id}", id)
                .then().statusCode(303).header("Location", endsWith("/editeur/radios/" + id + "?enregistre=1"));

        given().redirects().follow(false).get("/api/radios/{slug}", slug)
                .then().statusCode(301).header("Location", endsWith("/api/radios/nouvelle-" + run));
        editor.page("/editeur/radios/" + id + "/historique").then()
                .body(containsString("Champs modifiés : nom, identifiant."));
        radioForm("Usurpatrice " + run, slug, "DRAFT").post("/editeur/radios/nouvelle")
                .then().statusCode(422).body(containsString("a déjà servi à une autre radio"));
    }

    @Test
    void publishingSendsAnEventAndDeletionAsksFirstThenUnpublishes() {
        String slug = "annoncee-" + run;
        try (ContentChangedTopic topic = new ContentChangedTopic()) {
            long id = create("Annoncée " + run, slug, "PUBLISHED");
            editor.page("/editeur/radios/" + id + "/supprimer").then().statusCode(200)
                    .body(containsString("Supprimer la radio « Annoncée " + run + " » ?"));
            editor.form().post("/editeur/radios/{id}/supprimer", id).then().statusCode(303)
                    .header("Location", endsWith("/editeur/radios?supprime=1"));
            given().get("/api/radios/{slug}", slug).then().statusCode(404);

            List<JsonNode> events = topic.await(e -> slug.equals(e.path("slug").asText()), 2, Duration.ofSeconds(20));
            assertEquals(List.of("PUBLISHED", "UNPUBLISHED"), events.stream().map(e -> e.get("action").asText()).toList());
            assertEquals("radio", events.get(0).get("type").asText());
            assertEquals(id, events.get(0).get("id").asLong());
        }
    }

    @Test
    void aScheduledRadioIsPublishedAtItsTimeAndNotBefore() {
        String slug = "programmee-" + run;
        Instant at = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        radioForm("Programmée " + run, slug, "SCHEDULED").formParam("publishAt", ParisTime.field(at))
                .post("/editeur/radios/nouvelle").then().statusCode(303);
        given().get("/api/radios/{slug}", slug).then().statusCode(404);

        catalog.publishDue(at.minusSeconds(1));
        given().get("/api/radios/{slug}", slug).then().statusCode(404);
        catalog.publishDue(at);
        given().get("/api/radios/{slug}", slug).then().statusCode(200);
        editor.page("/editeur/radios/" + catalog.bySlug(slug).orElseThrow().id + "/historique")
                .then().body(containsString("Publication programmée (automatique)"));
    }

    private long create(String name, String slug, String status) {
        radioForm(name, slug, status).post("/editeur/radios/nouvelle").then().statusCode(303);
        return catalog.bySlug(slug).orElseThrow().id;
    }

    private RequestSpecification radioForm(String name, String slug, String status) {
        return editor.form().formParam("name", name).formParam("slug", slug).formParam("status", status);
    }

    private RequestSpecification versionForm(String name, String url, String format, String position) {
        return editor.form().formParam("name", name).formParam("streamUrl", url).formParam("format", format)
                .formParam("position", position);
    }
}
