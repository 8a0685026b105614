package fr.pitchoun.cms.media;

import fr.pitchoun.cms.EditorClient;
import fr.pitchoun.cms.account.EditorAccounts;
import fr.pitchoun.cms.account.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Editors upload images through the real form; the site loads their variants. Real MariaDB. */
@QuarkusTest
class MediaLibraryTest {

    private static final Pattern MEDIA_PAGE = Pattern.compile("/editeur/medias/(\\d+)\\?ajoute=1$");

    /** The shared test database keeps rows between runs: every test names its images uniquely. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    EditorAccounts accounts;

    private EditorClient editor;

    @BeforeEach
    void signIn() {
        editor = EditorClient.newAccount(accounts, Role.EDITOR);
    }

    @Test
    void uploadedImageIsServedInEveryVariantWithCachingHeaders() {
        byte[] original = TestImages.opaque(2000, 1000, "png");
        long id = uploaded("Affiche " + run, "affiche.png", original);

        assertVariant(id, "thumb", "image/jpeg", 320, 160);
        assertVariant(id, "medium", "image/jpeg", 640, 320);
        assertVariant(id, "large", "image/jpeg", 1280, 640);
        byte[] served = assertVariant(id, "original", "image/png", 2000, 1000);
        assertArrayEquals(original, served, "the original is the uploaded file, byte for byte");

        Response large = given().get("/medias/{id}/large", id);
        large.then().statusCode(200)
                .header("Cache-Control", containsString("max-age=31536000"))
                .header("Cache-Control", containsString("immutable"))
                .header("X-Content-Type-Options", "nosniff")
                .header("ETag", matchesPattern("\"[0-9a-f]{64}\""))
                .header("Set-Cookie", nullValue());
        given().header("If-None-Match", large.header("ETag")).get("/medias/{id}/large", id)
                .then().statusCode(304);
        given().get("/medias/{id}/enorme", id).then().statusCode(404);
        given().get("/medias/{id}/large", Long.MAX_VALUE).then().statusCode(404);

        given().get("/api/medias/{id}", id).then().statusCode(200)
                .header("ETag", not(nullValue()))
                .body("url", equalTo("/medias/" + id + "/large"))
                .body("mediumUrl", equalTo("/medias/" + id + "/medium"))
                .body("thumbnailUrl", equalTo("/medias/" + id + "/thumb"))
                .body("alt", equalTo("Affiche " + run))
                .body("width", equalTo(1280))
                .body("height", equalTo(640));

        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/medias/{id}"))
                .body(containsString("/medias/{id}/{variant}"))
                .body(not(containsString("/editeur/medias")));

        editor.request().queryParam("q", "affiche " + run).get("/editeur/medias").then().statusCode(200)
                .body(containsString("src=\"/medias/" + id + "/thumb\""))
                .body(containsString("1 image(s)"));
    }

    @Test
    void transparentImageKeepsItsTransparencyAndIsNeverEnlarged() {
        long id = uploaded("Logo " + run, "logo.png", TestImages.halfTransparentPng(200, 100));

        byte[] large = assertVariant(id, "large", "image/png", 200, 100);
        assertEquals(0, TestImages.decode(large).getRGB(150, 50) >>> 24, "transparent pixels stay transparent");
    }

    @Test
    void scriptRenamedPngIsRefusedAndNothingIsStored() {
        byte[] script = "<script>document.location='https://example.test/'</script>".getBytes(StandardCharsets.UTF_8);

        upload("Piege " + run, "photo.png", script, "image/png").then().statusCode(422)
                .body(containsString("n&#39;est pas une image PNG, JPEG ou GIF"))
                .body(containsString("value=\"Piege " + run + "\""))
                .body(containsString("aria-describedby=\"file-aide file-erreur\""));
        assertNothingStored("Piege " + run);
    }

    @Test
    void fileJustOverTheLimitGetsTheFormsMessageAndNothingIsStored() {
        byte[] png = TestImages.opaque(50, 50, "png");
        byte[] heavy = Arrays.copyOf(png, 10 * 1024 * 1024 + 4096);

        upload("Lourde " + run, "lourde.png", heavy, "image/png").then().statusCode(422)
                .body(containsString("Le fichier est trop lourd"))
                .body(containsString("pour une limite de 10 Mo"));
        assertNothingStored("Lourde " + run);
    }

    @Test
    void missingAltTextReRendersTheFormAndStoresNothing() {
        String name = "sans-texte-" + run + ".png";

        upload("  ", name, TestImages.opaque(100, 100, "png"), "image/png").then().statusCode(422)
                .body(containsString("L&#39;image n&#39;a pas été ajoutée"))
                .body(containsString("Décrivez l&#39;image"))
                .body(containsString("aria-invalid=\"true\""));
        assertNothingStored(name);
    }

    @Test
    void uploadWithoutCsrfTokenIsRefused() {
        editor.request().multiPart("altText", "Sans jeton " + run)
                .multiPart("file", "jeton.png", TestImages.opaque(20, 20, "png"), "image/png")
                .post("/editeur/medias/nouveau")
                .then().statusCode(400);
        assertNothingStored("Sans jeton " + run);
    }

    @Test
    void altTextCanBeChangedAndTheChangeIsInTheHistory() {
        long id = uploaded("Avant " + run, "avant.jpg", TestImages.opaque(400, 300, "jpeg"));

        editor.form().formParam("altText", "Après " + run).post("/editeur/medias/{id}", id)
                .then().statusCode(303);
        given().get("/api/medias/{id}", id).then().body("alt", equalTo("Après " + run));
        editor.request().get("/editeur/medias/{id}/historique", id).then().statusCode(200)
                .body(containsString("Création"))
                .body(containsString("« Avant " + run + " » → « Après " + run + " »"));

        editor.form().formParam("altText", "").post("/editeur/medias/{id}", id)
                .then().statusCode(422).body(containsString("Décrivez l&#39;image"));
    }

    @Test
    void programmeShowsItsImageAndTheImageCannotBeDeletedWhileUsed() {
        long id = uploaded("Mission " + run, "mission.png", TestImages.opaque(1600, 900, "png"));
        String slug = "avec-image-" + run;
        editor.page("/editeur/programmes/nouveau").then().statusCode(200)
                .body(containsString("<option value=\"" + id + "\">Mission " + run + " (mission.png)</option>"));

        programme(slug, String.valueOf(id)).then().statusCode(303);
        given().get("/api/programmes/{slug}", slug).then().statusCode(200)
                .body("image.url", equalTo("/medias/" + id + "/large"))
                .body("image.thumbnailUrl", equalTo("/medias/" + id + "/thumb"))
                .body("image.alt", equalTo("Mission " + run))
                .body("image.width", equalTo(1280))
                .body("image.height", equalTo(720));

        editor.request().get("/editeur/medias/{id}/supprimer", id).then().statusCode(200)
                .body(containsString("ne peut pas être supprimée"))
                .body(containsString("1 programme(s)"));
        editor.form().post("/editeur/medias/{id}/supprimer", id).then().statusCode(409)
                .body(containsString("L'image n'a pas été supprimée"))
                .body(containsString("1 programme(s)"));
        given().get("/medias/{id}/large", id).then().statusCode(200);
        given().get("/api/programmes/{slug}", slug).then().body("image.url", equalTo("/medias/" + id + "/large"));
    }

    @Test
    void unusedImageIsDeletedWithItsFiles() {
        long id = uploaded("Ephemere " + run, "ephemere.gif", TestImages.opaque(64, 48, "gif"));
        assertVariant(id, "original", "image/gif", 64, 48);

        editor.form().post("/editeur/medias/{id}/supprimer", id).then().statusCode(303)
                .header("Location", containsString("/editeur/medias?supprime=1"));
        given().get("/medias/{id}/original", id).then().statusCode(404);
        given().get("/api/medias/{id}", id).then().statusCode(404);
    }

    @Test
    void programmeWithoutImageHasANullImageAndAnUnknownImageIsRefused() {
        String slug = "sans-image-" + run;
        programme(slug, "").then().statusCode(303);
        given().get("/api/programmes/{slug}", slug).then().statusCode(200)
                .body("$", org.hamcrest.Matchers.hasKey("image"))
                .body("image", nullValue());

        programme("inconnue-" + run, String.valueOf(Long.MAX_VALUE)).then().statusCode(422)
                .body(containsString("Cette image n&#39;est pas (ou plus) dans la médiathèque"));
        given().get("/api/programmes/{slug}", "inconnue-" + run).then().statusCode(404);
    }

    private Response programme(String slug, String image) {
        return editor.form().formParam("title", "Programme " + slug).formParam("slug", slug)
                .formParam("ageMin", "6").formParam("ageMax", "10").formParam("status", "PUBLISHED")
                .formParam("image", image).post("/editeur/programmes/nouveau");
    }

    private long uploaded(String altText, String fileName, byte[] content) {
        Response response = upload(altText, fileName, content, "application/octet-stream");
        assertEquals(303, response.statusCode(), response.asString());
        Matcher id = MEDIA_PAGE.matcher(response.header("Location"));
        assertTrue(id.find(), response.header("Location"));
        return Long.parseLong(id.group(1));
    }

    private Response upload(String altText, String fileName, byte[] content, String declaredType) {
        return editor.request().multiPart(EditorClient.CSRF_FIELD, editor.csrfToken())
                .multiPart("altText", altText)
                .multiPart("file", fileName, content, declaredType)
                .post("/editeur/medias/nouveau");
    }

    private static byte[] assertVariant(long id, String variant, String type, int width, int height) {
        byte[] bytes = given().get("/medias/{id}/{v}", id, variant).then().statusCode(200)
                .contentType(type).extract().asByteArray();
        BufferedImage image = TestImages.decode(bytes);
        assertEquals(width, image.getWidth(), variant + " width");
        assertEquals(height, image.getHeight(), variant + " height");
        return bytes;
    }

    private void assertNothingStored(String search) {
        editor.request().queryParam("q", search).get("/editeur/medias").then().statusCode(200)
                .body(containsString("Aucune image ne correspond à cette recherche"));
    }
}
