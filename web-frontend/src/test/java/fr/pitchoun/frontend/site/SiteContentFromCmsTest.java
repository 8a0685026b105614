package fr.pitchoun.frontend.site;

import fr.pitchoun.frontend.TestSessionKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The home page's blocks, the menus, the site's pages and images, as cms-service (its stand-in) gives them. */
@QuarkusTest
@QuarkusTestResource(TestSessionKeys.class)
@QuarkusTestResource(value = CmsStandIn.class, restrictToAnnotatedClass = true)
class SiteContentFromCmsTest {

    @Test
    void theHomePageShowsTheBlocksInTheirOrder() {
        String page = given().get("/").then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(page, allOf(
                stringContainsInOrder("<h1 id=\"bloc-1\">Bienvenue chez Pitchoun</h1>",
                        "<img src=\"/medias/7/large\" alt=\"Pitchoun et ses amis\"",
                        "<a class=\"bouton\" href=\"/direct\">Regarder le direct</a>",
                        "<h2 id=\"bloc-2\">À ne pas manquer</h2>",
                        "<img src=\"/medias/8/thumb\" alt=\"Le sous-marin Nautilette\"", "Mission Océan", "De 6 à 10 ans",
                        "Le Dragon timide", "En ce moment sur Pitchoun TV", "Les histoires du soir",
                        "https://podcast.ausha.co/les-histoires-du-soir-de-pitchoun", "Prochains rendez-vous",
                        "Aucun événement à venir pour le moment."),
                not(containsString("Bienvenue sur Pitchoun !")),
                not(containsString("Le catalogue est momentanément indisponible"))));
    }

    @Test
    void everyPageHasTheMenusOfTheCmsWithTheCurrentPageMarked() {
        given().get("/pages/qui-sommes-nous").then().statusCode(200).body(allOf(
                containsString("<nav aria-label=\"Menu principal\">"),
                containsString("<a href=\"/direct\">Le direct</a>"),
                containsString("<a href=\"/pages/qui-sommes-nous\" aria-current=\"page\">Qui sommes-nous</a>"),
                containsString("<a href=\"/mon-compte\">Mon compte</a>"),
                containsString("<nav aria-label=\"Pied de page\">"),
                containsString("<a href=\"/pages/mentions-legales\">Mentions légales</a>")));
        given().get("/connexion").then().statusCode(200)
                .body(containsString("<a href=\"/pages/qui-sommes-nous\">Qui sommes-nous</a>"));
    }

    @Test
    void aPageShowsItsTitleSummaryAndTheCmsHtmlBody() {
        given().get("/pages/qui-sommes-nous").then().statusCode(200).body(allOf(
                containsString("<title>Qui sommes-nous ? · Pitchoun</title>"),
                containsString("<h1 id=\"titre-page\">Qui sommes-nous ?</h1>"),
                containsString("<p class=\"chapeau\">Une équipe qui aime les enfants.</p>"),
                containsString("<p>Pitchoun est <strong>une chaîne</strong> pour les enfants.</p>")));
    }

    @Test
    void anOldPageAddressRedirectsAndAnUnknownPageGetsTheSitesNotFoundPage() {
        given().redirects().follow(false).get("/pages/ancien-nom").then().statusCode(301)
                .header("Location", endsWith("/pages/qui-sommes-nous"));
        given().get("/pages/page-inconnue").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("<h1>Page introuvable</h1>"))
                .body(containsString("<nav aria-label=\"Menu principal\">"));
    }

    @Test
    void imagesOfTheMediaLibraryAreServedFromTheSiteWithTheirCacheHeaders() {
        byte[] image = given().get("/medias/7/large").then().statusCode(200)
                .contentType("image/png")
                .header("Cache-Control", equalTo("public, max-age=86400"))
                .header("ETag", equalTo("\"image-7\""))
                .extract().asByteArray();
        assertArrayEquals(CmsStandIn.PNG, image);
        given().header("If-None-Match", "\"image-7\"").get("/medias/7/large").then().statusCode(304);
        given().get("/medias/9/large").then().statusCode(404);
    }

    @Test
    void whatTheSiteReadsFromTheCmsIsKeptForAWhile() {
        given().get("/").then().statusCode(200);
        int homeReads = CmsStandIn.REQUESTS.get("/api/accueil").get();
        int menuReads = CmsStandIn.REQUESTS.get("/api/menus/principal").get();
        given().get("/").then().statusCode(200);
        given().get("/direct").then().statusCode(200);
        assertEquals(homeReads, CmsStandIn.REQUESTS.get("/api/accueil").get(), "the home blocks came from the cache");
        assertEquals(menuReads, CmsStandIn.REQUESTS.get("/api/menus/principal").get(), "the menu came from the cache");
    }
}
