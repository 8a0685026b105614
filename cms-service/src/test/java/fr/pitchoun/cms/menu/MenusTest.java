package fr.pitchoun.cms.menu;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pitchoun.cms.EditorClient;
import fr.pitchoun.cms.account.EditorAccounts;
import fr.pitchoun.cms.account.Role;
import fr.pitchoun.cms.outbox.ContentChangedTopic;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site's menus through the editors' pages, and GET /api/menus/{name}. */
@QuarkusTest
class MenusTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    EditorAccounts accounts;

    private EditorClient editor;

    @BeforeEach
    void signIn() {
        editor = EditorClient.newAccount(accounts, Role.EDITOR);
    }

    @Test
    void aLinkMustLeadToAPathOfTheSiteOrAnHttpsAddress() {
        editor.page("/editeur/menus/principal/nouveau").then().statusCode(200);
        for (String target : List.of("javascript:alert(1)", "JavaScript:alert(1)", "//ailleurs.example/piege",
                "http://ailleurs.example", "data:text/html,bonjour", "direct")) {
            item("Piège " + run, target).post("/editeur/menus/principal/nouveau").then().statusCode(422)
                    .body(containsString("Le lien doit être une adresse du site commençant par « / »"))
                    .body(containsString("value=\"Piège " + run + "\""));
        }
        item("", "").post("/editeur/menus/principal/nouveau").then().statusCode(422)
                .body(containsString("Indiquez le texte du lien."))
                .body(containsString("Indiquez où mène le lien."));
        given().get("/api/menus/principal").then().body("items.label", not(hasItem("Piège " + run)));

        item("Partenaire " + run, "https://partenaire.example/" + run).post("/editeur/menus/pied/nouveau")
                .then().statusCode(303);
        item("Doublon " + run, "https://partenaire.example/" + run).post("/editeur/menus/pied/nouveau")
                .then().statusCode(422).body(containsString("Ce menu a déjà un lien vers"));
        given().get("/api/menus/pied").then().statusCode(200)
                .body("items.find { it.label == 'Partenaire " + run + "' }.url",
                        equalTo("https://partenaire.example/" + run));
    }

    @Test
    void linksAreOrderedWithUpAndDownPublicAtOnceAndEachChangeIsAMenuEvent() {
        Instant start = Instant.now();
        try (ContentChangedTopic topic = new ContentChangedTopic()) {
            long a = create("pied", "A " + run, "/pages/a-" + run);
            long b = create("pied", "B " + run, "/pages/b-" + run);
            assertEquals(List.of("A " + run, "B " + run), myLabels("pied"), "public at once, added at the end");

            editor.form().post("/editeur/menus/liens/{id}/monter", b).then().statusCode(303)
                    .header("Location", containsString("/editeur/menus?deplace=" + b));
            assertEquals(List.of("B " + run, "A " + run), myLabels("pied"));
            editor.page("/editeur/menus?deplace=" + b).then().statusCode(200)
                    .body(containsString("role=\"status\"><p>« B " + run + " » est maintenant en position"));

            item("A modifié " + run, "/pages/a-" + run).post("/editeur/menus/liens/{id}", a).then().statusCode(303);
            assertEquals(List.of("B " + run, "A modifié " + run), myLabels("pied"));

            editor.page("/editeur/menus/liens/" + a + "/supprimer").then().statusCode(200)
                    .body(containsString("Oui, supprimer définitivement"));
            editor.form().post("/editeur/menus/liens/{id}/supprimer", a).then().statusCode(303)
                    .header("Location", endsWith("/editeur/menus?supprime=1"));
            assertEquals(List.of("B " + run), myLabels("pied"));

            editor.page("/editeur/menus/pied/historique").then().statusCode(200)
                    .body(containsString("Lien « B " + run + " » : position"))
                    .body(containsString("Test " + editor.email));

            // The topic keeps earlier runs' events: only this test's changes count.
            List<JsonNode> events = topic.await(e -> "menu".equals(e.path("type").asText())
                    && "pied".equals(e.path("slug").asText())
                    && !Instant.parse(e.path("occurredAt").asText()).isBefore(start), 5, Duration.ofSeconds(20));
            assertEquals(5, events.size(), "one event per change: two creations, a move, an edit, a deletion");
            assertTrue(events.stream().allMatch(e -> "UPDATED".equals(e.get("action").asText())),
                    "a menu is always on the site: every change updates it");
        }
    }

    @Test
    void anUnknownMenuIsNotFoundAndAnAnswerIsReusedWithItsETag() {
        given().get("/api/menus/inconnu").then().statusCode(404);
        String tag = given().get("/api/menus/principal").then().statusCode(200)
                .header("Cache-Control", containsString("max-age")).extract().header("ETag");
        given().header("If-None-Match", tag).get("/api/menus/principal").then().statusCode(304);
        editor.page("/editeur/menus").then().statusCode(200)
                .body(containsString("aria-current=\"page\">Menus</a>"))
                .body(containsString("Menu principal (en-tête)"));
    }

    @Test
    void theHomePageAndMenusApiIsDocumentedButNotTheEditorsPages() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("\"/api/accueil\""))
                .body(containsString("\"/api/menus/{name}\""))
                .body(not(containsString("/editeur/accueil")))
                .body(not(containsString("/editeur/menus")));
    }

    private List<String> myLabels(String menu) {
        return given().get("/api/menus/{name}", menu).jsonPath()
                .getList("items.findAll { it.label.contains('" + run + "') }.label");
    }

    private long create(String menu, String label, String target) {
        String location = item(label, target).post("/editeur/menus/{name}/nouveau", menu).then().statusCode(303)
                .extract().header("Location");
        return Long.parseLong(location.replaceAll(".*enregistre=([0-9]+).*", "$1"));
    }

    private RequestSpecification item(String label, String target) {
        return editor.form().formParam("label", label).formParam("target", target);
    }
}
