package fr.pitchoun.cms.programme;

import fr.pitchoun.cms.EditorClient;
import fr.pitchoun.cms.account.EditorAccounts;
import fr.pitchoun.cms.account.Role;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Editors create programmes through the form; the public API shows the published ones. Real MariaDB. */
@QuarkusTest
class ProgrammeEditingTest {

    /** The shared test database keeps rows between runs: every test works on its own slugs. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    EditorAccounts accounts;

    private EditorClient editor;

    @BeforeEach
    void signIn() {
        editor = EditorClient.newAccount(accounts, Role.EDITOR);
    }

    @Test
    void publishedProgrammeCreatedThroughTheFormIsInTheListAndTheApi() {
        String slug = "mission-ocean-" + run;

        submit(form("Mission Océan " + run, slug, "6", "10", "PUBLISHED")
                .formParam("synopsis", "Trois amis explorent les grands fonds."))
                .then().statusCode(303)
                .header("Location", endsWith("/editeur?cree=" + slug));

        editor.request().queryParam("cree", slug).get("/editeur")
                .then().statusCode(200)
                .body(containsString("Le programme « Mission Océan " + run + " » a été créé et publié."))
                .body(containsString("<code>" + slug + "</code>"));

        given().get("/api/programmes/{slug}", slug)
                .then().statusCode(200)
                .body("title", equalTo("Mission Océan " + run))
                .body("synopsis", equalTo("Trois amis explorent les grands fonds."))
                .body("ageMin", equalTo(6))
                .body("ageMax", equalTo(10));
        given().get("/api/programmes")
                .then().statusCode(200)
                .body("slug", hasItem(slug));
    }

    @Test
    void slugIsDerivedFromTheTitleWhenLeftEmpty() {
        submit(form("Les Énigmes de Lila " + run + " !", "", "8", "12", "PUBLISHED"))
                .then().statusCode(303);

        given().get("/api/programmes/{slug}", "les-enigmes-de-lila-" + run)
                .then().statusCode(200)
                .body("title", equalTo("Les Énigmes de Lila " + run + " !"));
    }

    @Test
    void draftIsListedForEditorsButAbsentFromTheApi() {
        String slug = "brouillon-" + run;

        submit(form("Brouillon " + run, slug, "4", "6", "DRAFT")).then().statusCode(303);

        editor.request().get("/editeur")
                .then().statusCode(200)
                .body(containsString("<code>" + slug + "</code>"));
        given().get("/api/programmes/{slug}", slug).then().statusCode(404);
        given().get("/api/programmes")
                .then().statusCode(200)
                .body("slug", not(hasItem(slug)));
    }

    @Test
    void emptyTitleIsRefusedWithAFrenchMessageAndTypedValuesKept() {
        String slug = "sans-titre-" + run;

        submit(form("  ", slug, "5", "9", "PUBLISHED"))
                .then().statusCode(422)
                .body(containsString("<title>Erreur : Nouveau programme"))
                .body(containsString("<p class=\"message-erreur\" id=\"title-erreur\">Indiquez le titre du programme.</p>"))
                .body(containsString("value=\"" + slug + "\""))
                .body(containsString("id=\"ageMin\" name=\"ageMin\" type=\"number\" min=\"4\" max=\"12\" inputmode=\"numeric\" required value=\"5\""))
                .body(containsString("<option value=\"PUBLISHED\" selected>"));

        assertNotStored(slug);
    }

    @Test
    void minimumAgeAboveMaximumAgeIsRefused() {
        String slug = "ages-inverses-" + run;

        submit(form("Âges inversés " + run, slug, "10", "6", "PUBLISHED"))
                .then().statusCode(422)
                .body(containsString("<p class=\"message-erreur\" id=\"ageMax-erreur\">"
                        + "L&#39;âge maximum doit être supérieur ou égal à l&#39;âge minimum.</p>"))
                .body(containsString("value=\"Âges inversés " + run + "\""));

        assertNotStored(slug);
    }

    @Test
    void ageOutsideFourToTwelveIsRefused() {
        String slug = "trop-grand-" + run;

        submit(form("Trop grand " + run, slug, "4", "15", "PUBLISHED"))
                .then().statusCode(422)
                .body(containsString("L&#39;âge maximum doit être un nombre entier entre 4 et 12."))
                .body(containsString("value=\"15\""));

        assertNotStored(slug);
    }

    @Test
    void duplicateSlugIsRefusedAndTheFirstProgrammeIsKept() {
        String slug = "doublon-" + run;
        submit(form("Premier " + run, slug, "4", "8", "PUBLISHED")).then().statusCode(303);

        submit(form("Second " + run, slug, "5", "9", "PUBLISHED"))
                .then().statusCode(422)
                .body(containsString("L&#39;identifiant « " + slug + " » est déjà utilisé par « Premier " + run + " »"));

        given().get("/api/programmes/{slug}", slug)
                .then().statusCode(200)
                .body("title", equalTo("Premier " + run));
        editor.request().get("/editeur").then().body(not(containsString("Second " + run)));
    }

    @Test
    void unchangedCatalogueAnswers304ToItsETagAndAChangeGivesANewOne() {
        Response first = given().get("/api/programmes");
        first.then().statusCode(200).header("Cache-Control", containsString("max-age=60"))
                // Shared caches do not keep answers that set cookies.
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
        String etag = first.header("ETag");

        given().header("If-None-Match", etag).get("/api/programmes")
                .then().statusCode(304)
                .header("ETag", equalTo(etag));

        submit(form("Nouveauté " + run, "nouveaute-" + run, "4", "7", "PUBLISHED")).then().statusCode(303);

        Response afterChange = given().header("If-None-Match", etag).get("/api/programmes");
        assertEquals(200, afterChange.statusCode());
        assertNotEquals(etag, afterChange.header("ETag"));
    }

    private RequestSpecification form(String title, String slug, String ageMin, String ageMax, String status) {
        return editor.form()
                .formParam("title", title)
                .formParam("slug", slug)
                .formParam("ageMin", ageMin)
                .formParam("ageMax", ageMax)
                .formParam("status", status);
    }

    private Response submit(RequestSpecification form) {
        return form.post("/editeur/programmes/nouveau");
    }

    private void assertNotStored(String slug) {
        editor.request().get("/editeur").then().statusCode(200).body(not(containsString("<code>" + slug + "</code>")));
    }
}
