package fr.pitchoun.cms.article;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pitchoun.cms.EditorClient;
import fr.pitchoun.cms.account.EditorAccounts;
import fr.pitchoun.cms.account.Role;
import fr.pitchoun.cms.content.ParisTime;
import fr.pitchoun.cms.outbox.ContentChangedTopic;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Pages and news through the editors' pages and the public API (real MariaDB and Kafka). */
@QuarkusTest
class ArticleEditingTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    EditorAccounts accounts;

    @Inject
    PageCatalog pages;

    @Inject
    NewsCatalog news;

    private EditorClient editor;

    @BeforeEach
    void signIn() {
        editor = EditorClient.newAccount(accounts, Role.EDITOR);
    }

    @Test
    void aPageIsCreatedEditedAndDeletedAfterConfirmation() {
        editor.page("/editeur/pages/nouveau").then().statusCode(200)
                .body(containsString("<h1>Nouvelle page</h1>"))
                .body(containsString("Balises autorisées"))
                .body(not(containsString("name=\"publishedOn\"")));
        String slug = "qui-sommes-nous-" + run;
        pageForm("Qui sommes-nous ? " + run, slug, "<p>Un groupe <strong>familial</strong>.</p>", "PUBLISHED")
                .formParam("summary", "Le groupe Pitchoun Médias.")
                .post("/editeur/pages/nouveau")
                .then().statusCode(303).header("Location", endsWith("/editeur/pages?cree=" + slug));
        editor.page("/editeur/pages?cree=" + slug).then().statusCode(200)
                .body(containsString("La page « Qui sommes-nous ? " + run + " » a été créée et publiée."));
        long id = pages.bySlug(slug).orElseThrow().id;

        given().get("/api/pages/{slug}", slug).then().statusCode(200)
                .body("title", equalTo("Qui sommes-nous ? " + run))
                .body("summary", equalTo("Le groupe Pitchoun Médias."))
                .body("body", equalTo("<p>Un groupe <strong>familial</strong>.</p>"));
        given().get("/api/pages").then().statusCode(200)
                .body("slug", hasItem(slug))
                .body("find { it.slug == '" + slug + "' }.body", equalTo(null));

        pageForm("Qui sommes-nous ? " + run, slug, "<p>Un groupe familial et indépendant.</p>", "PUBLISHED")
                .post("/editeur/pages/{id}", id)
                .then().statusCode(303).header("Location", endsWith("/editeur/pages/" + id + "?enregistre=1"));
        editor.page("/editeur/pages/" + id + "?enregistre=1").then()
                .body(containsString("Modifications enregistrées. État : Publié."));
        given().get("/api/pages/{slug}", slug).then().body("body", containsString("indépendant"));

        editor.page("/editeur/pages/" + id + "/supprimer").then().statusCode(200)
                .body(containsString("Supprimer la page « Qui sommes-nous ? " + run + " » ?"))
                .body(containsString("Oui, supprimer définitivement"));
        given().get("/api/pages/{slug}", slug).then().statusCode(200);
        editor.form().post("/editeur/pages/{id}/supprimer", id)
                .then().statusCode(303).header("Location", endsWith("/editeur/pages?supprime=1"));
        given().get("/api/pages/{slug}", slug).then().statusCode(404);
        editor.page("/editeur/pages?supprime=1").then().body(containsString("La page a été supprimée."));
    }

    @Test
    void mistakesAreShownNextToTheFieldsWithWhatWasTyped() {
        String slug = "mentions-" + run;
        pageForm("Mentions " + run, slug, "<p>Éditeur : Pitchoun Médias.</p>", "DRAFT")
                .post("/editeur/pages/nouveau").then().statusCode(303);

        pageForm("", "", "<p>Texte gardé</p>", "DRAFT").post("/editeur/pages/nouveau")
                .then().statusCode(422)
                .body(containsString("Indiquez le titre."))
                .body(containsString("aria-describedby=\"title-erreur\""))
                .body(containsString("&lt;p&gt;Texte gardé&lt;/p&gt;"));
        pageForm("Autres mentions " + run, slug, "<p>x</p>", "DRAFT").post("/editeur/pages/nouveau")
                .then().statusCode(422)
                .body(containsString("L&#39;identifiant « " + slug + " » est déjà utilisé par « Mentions " + run));
        pageForm("Vide " + run, "", "<script>alert(1)</script>", "DRAFT").post("/editeur/pages/nouveau")
                .then().statusCode(422).body(containsString("Une fois nettoyé, le contenu est vide"));
        newsForm("Sans date " + run, "sans-date-" + run, "", "PUBLISHED").post("/editeur/actualites/nouveau")
                .then().statusCode(422).body(containsString("Indiquez la date affichée de l&#39;actualité."));
        newsForm("Image inconnue " + run, "image-inconnue-" + run, "2026-11-20", "PUBLISHED")
                .formParam("imageId", "987654321").post("/editeur/actualites/nouveau")
                .then().statusCode(422).body(containsString("Cette image n&#39;est pas (ou plus) dans la médiathèque"));
        assertFalse(news.bySlug("sans-date-" + run).isPresent(), "nothing stored");
    }

    @Test
    void theSanitiserCleansWhatIsSavedTellsTheEditorAndTheApiServesOnlyCleanHtml() {
        String slug = "contact-" + run;
        Response created = pageForm("Contact " + run, slug,
                "<h2>Nous écrire</h2><p onclick=\"voler()\">Par <em>courriel</em> : "
                        + "<a href=\"mailto:contact@pitchoun.test\">contact</a>.</p><script>alert('x')</script>"
                        + "<p><a href=\"javascript:alert(1)\">piège</a> <a href=\"https://kinow.example\" "
                        + "target=\"_blank\">Kinow</a></p>", "PUBLISHED")
                .post("/editeur/pages/nouveau");
        created.then().statusCode(303);
        // RestAssured encodes the address it is given: hand it the decoded one.
        editor.page(URLDecoder.decode(created.header("Location"), StandardCharsets.UTF_8)).then()
                .body(containsString("role=\"status\""))
                .body(containsString("Le contenu a été nettoyé avant l'enregistrement ; retiré : attribut onclick, "
                        + "balise script, adresse javascript:."));

        String body = given().get("/api/pages/{slug}", slug).then().statusCode(200).extract().<String>path("body")
                .replace("\n", "");
        assertEquals("<h2>Nous écrire</h2><p>Par <em>courriel</em> : <a href=\"mailto:contact@pitchoun.test\">contact"
                + "</a>.</p><p><a>piège</a> <a href=\"https://kinow.example\" target=\"_blank\" "
                + "rel=\"noopener noreferrer\">Kinow</a></p>", body);

        long id = pages.bySlug(slug).orElseThrow().id;
        editor.page("/editeur/pages/" + id + "/historique").then().statusCode(200)
                .body(containsString("Contenu nettoyé, retiré : attribut onclick, balise script, adresse javascript:."));
        // Editors re-edit what was stored, so the form shows the cleaned HTML.
        editor.page("/editeur/pages/" + id).then().body(not(containsString("voler()")));
    }

    @Test
    void draftsNeverReachTheApiButCanBePreviewed() {
        String pageSlug = "brouillon-page-" + run;
        String newsSlug = "brouillon-actu-" + run;
        pageForm("Brouillon " + run, pageSlug, "<p>Secret</p>", "DRAFT").post("/editeur/pages/nouveau")
                .then().statusCode(303);
        newsForm("Actu brouillon " + run, newsSlug, "2026-11-20", "DRAFT").post("/editeur/actualites/nouveau")
                .then().statusCode(303);

        given().get("/api/pages/{slug}", pageSlug).then().statusCode(404);
        given().get("/api/pages").then().body("slug", not(hasItem(pageSlug)));
        given().get("/api/actualites/{slug}", newsSlug).then().statusCode(404);
        given().get("/api/actualites").then().body("items.slug", not(hasItem(newsSlug)));

        long newsId = news.bySlug(newsSlug).orElseThrow().id;
        editor.page("/editeur/actualites/" + newsId + "/apercu").then().statusCode(200)
                .body(containsString("État actuel : Brouillon."))
                .body(containsString("<h1>Actu brouillon " + run + "</h1>"))
                .body(containsString("20 novembre 2026"))
                .body(containsString("<div class=\"contenu-riche\"><p>Texte de l'actualité.</p></div>"));
    }

    @Test
    void newsAreListedMostRecentFirstWithPaginationAndETags() {
        // Later runs get later (or equal) dates, so this run's news are on the first page whatever older runs left.
        LocalDate newest = LocalDate.of(5000, 1, 1).plusDays(Instant.now().getEpochSecond() / 1000);
        newsForm("Plus ancienne " + run, "ancienne-" + run, newest.minusDays(1).toString(), "PUBLISHED")
                .post("/editeur/actualites/nouveau").then().statusCode(303);
        newsForm("Plus récente " + run, "recente-" + run, newest.toString(), "PUBLISHED")
                .formParam("summary", "La dernière nouvelle.")
                .post("/editeur/actualites/nouveau").then().statusCode(303);

        Response first = given().get("/api/actualites?page=1");
        first.then().statusCode(200)
                .body("page", equalTo(1))
                .body("items.findAll { it.slug.endsWith('-" + run + "') }.slug",
                        equalTo(List.of("recente-" + run, "ancienne-" + run)))
                .body("items.find { it.slug == 'recente-" + run + "' }.publishedOn", equalTo(newest.toString()))
                .body("items.find { it.slug == 'recente-" + run + "' }.summary", equalTo("La dernière nouvelle."))
                .body("items[0].body", equalTo(null));
        List<String> dates = first.path("items.publishedOn");
        assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates, "most recent first");
        int pageCount = first.path("pageCount");
        given().get("/api/actualites?page=" + (pageCount + 5)).then().statusCode(200).body("page", equalTo(pageCount));

        given().get("/api/actualites/{slug}", "recente-" + run).then().statusCode(200)
                .body("body", equalTo("<p>Texte de l'actualité.</p>"))
                .body("image", equalTo(null));
        String etag = first.header("ETag");
        given().header("If-None-Match", etag).get("/api/actualites?page=1").then().statusCode(304);
        given().get("/api/actualites/{slug}", "recente-" + run).then()
                .header("Cache-Control", containsString("max-age="));
    }

    @Test
    void renamingKeepsTheOldAddressAsARedirect() {
        String slug = "ancienne-actu-" + run;
        newsForm("Ancien titre " + run, slug, "2026-11-01", "PUBLISHED").post("/editeur/actualites/nouveau")
                .then().statusCode(303);
        long id = news.bySlug(slug).orElseThrow().id;

        newsForm("Nouveau titre " + run, "nouvelle-actu-" + run, "2026-11-01", "PUBLISHED")
                .post("/editeur/actualites/{id}", id).then().statusCode(303);

        given().redirects().follow(false).get("/api/actualites/{slug}", slug)
                .then().statusCode(301).header("Location", endsWith("/api/actualites/nouvelle-actu-" + run));
        given().get("/api/actualites/{slug}", slug).then().statusCode(200).body("title", equalTo("Nouveau titre " + run));
        editor.page("/editeur/actualites/" + id + "/historique").then().statusCode(200)
                .body(containsString("Historique de l&#39;actualité « Nouveau titre " + run + " »"))
                .body(containsString("Champs modifiés : titre, identifiant."))
                .body(containsString("Test " + editor.email));
        newsForm("Usurpatrice " + run, slug, "2026-11-01", "PUBLISHED").post("/editeur/actualites/nouveau")
                .then().statusCode(422).body(containsString("a déjà servi à une autre actualité"));
    }

    @Test
    void aScheduledNewsItemIsPublishedAtItsTimeAndAnnouncedOnKafka() {
        String slug = "programmee-" + run;
        Instant at = Instant.now().plusSeconds(61);
        try (ContentChangedTopic topic = new ContentChangedTopic()) {
            newsForm("Programmée " + run, slug, "2026-11-25", "SCHEDULED").formParam("publishAt", ParisTime.field(at))
                    .post("/editeur/actualites/nouveau").then().statusCode(303);
            given().get("/api/actualites/{slug}", slug).then().statusCode(404);

            // The field has minute precision: the scheduler publishes it at the start of that minute, not before.
            Instant due = ParisTime.parseField(ParisTime.field(at)).orElseThrow();
            await().atMost(Duration.ofSeconds(75)).pollInterval(Duration.ofMillis(500)).until(() ->
                    given().get("/api/actualites/{slug}", slug).statusCode() == 200);
            assertFalse(Instant.now().isBefore(due), "not published before its time");

            long id = news.bySlug(slug).orElseThrow().id;
            List<JsonNode> events = topic.await(e -> slug.equals(e.path("slug").asText()), 1, Duration.ofSeconds(20));
            assertEquals(1, events.size(), "one event, when it reached the site");
            assertEquals("news", events.get(0).get("type").asText());
            assertEquals("PUBLISHED", events.get(0).get("action").asText());
            assertEquals(id, events.get(0).get("id").asLong());
            editor.page("/editeur/actualites/" + id + "/historique")
                    .then().body(allOf(containsString("Publication programmée (automatique)"),
                            containsString("Création")));
        }
    }

    @Test
    void publishingAPageSendsAPageEvent() {
        String slug = "evenement-page-" + run;
        try (ContentChangedTopic topic = new ContentChangedTopic()) {
            pageForm("Page annoncée " + run, slug, "<p>x</p>", "DRAFT").post("/editeur/pages/nouveau")
                    .then().statusCode(303);
            long id = pages.bySlug(slug).orElseThrow().id;
            pageForm("Page annoncée " + run, slug, "<p>x</p>", "PUBLISHED").post("/editeur/pages/{id}", id)
                    .then().statusCode(303);

            List<JsonNode> events = topic.await(e -> slug.equals(e.path("slug").asText()), 1, Duration.ofSeconds(20));
            assertEquals(List.of("page:PUBLISHED"),
                    events.stream().map(e -> e.get("type").asText() + ":" + e.get("action").asText()).toList(),
                    "the draft sent nothing, the publication one event");
        }
    }

    @Test
    void theEditorsListSearchesAndFiltersByState() {
        pageForm("Recherche publiée " + run, "recherche-publiee-" + run, "<p>x</p>", "PUBLISHED")
                .post("/editeur/pages/nouveau").then().statusCode(303);
        pageForm("Recherche brouillon " + run, "recherche-brouillon-" + run, "<p>x</p>", "DRAFT")
                .post("/editeur/pages/nouveau").then().statusCode(303);

        editor.page("/editeur/pages?q=" + run).then().statusCode(200)
                .body(containsString("2 page(s)"))
                .body(containsString("page 1 sur 1"))
                .body(containsString("aria-current=\"page\">Pages</a>"));
        editor.page("/editeur/pages?q=" + run + "&etat=DRAFT").then()
                .body(containsString("1 page(s)"))
                .body(containsString("recherche-brouillon-" + run))
                .body(not(containsString("recherche-publiee-" + run)));
        editor.page("/editeur/actualites?q=" + run).then().statusCode(200)
                .body(containsString("Aucune actualité ne correspond à ces critères."));
    }

    @Test
    void theApiIsDocumentedAndTheEditorsPagesAreNot() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", hasItem("/api/pages/{slug}"))
                .body("paths.keySet()", hasItem("/api/actualites"))
                .body("paths.keySet()", not(hasItem("/editeur/{kind}")));
    }

    private RequestSpecification pageForm(String title, String slug, String body, String status) {
        return editor.form().formParam("title", title).formParam("slug", slug).formParam("body", body)
                .formParam("status", status);
    }

    private RequestSpecification newsForm(String title, String slug, String publishedOn, String status) {
        return editor.form().formParam("title", title).formParam("slug", slug).formParam("publishedOn", publishedOn)
                .formParam("body", "<p>Texte de l'actualité.</p>").formParam("status", status);
    }
}
