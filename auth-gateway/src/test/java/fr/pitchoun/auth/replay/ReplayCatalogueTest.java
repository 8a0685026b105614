package fr.pitchoun.auth.replay;

import fr.pitchoun.auth.kinow.KinowStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** The editors' video picker, through cms-service's service account, against the Kinow stand-in's catalogue. */
@QuarkusTest
@QuarkusTestResource(KinowStandIn.class)
class ReplayCatalogueTest {

    @Test
    void cmsFindsVideosByTitleWithDurationImageAndExtract() {
        cms().queryParam("q", "recif").get("/api/replay/catalogue").then().statusCode(200)
                .body("videos", hasSize(1))
                .body("videos[0].videoId", equalTo(10202))
                .body("videos[0].productId", equalTo(102))
                .body("videos[0].title", equalTo("Le récif de corail"))
                .body("videos[0].durationSeconds", equalTo(45))
                .body("videos[0].imageUrl", equalTo("http://localhost:8088/vod/v10202/cover.jpg"))
                .body("videos[0].extractId", equalTo(20202))
                .body("page", equalTo(1)).body("hasMore", equalTo(false));

        cms().get("/api/replay/catalogue").then().statusCode(200)
                .body("videos", hasSize(12))
                .body("videos.videoId", hasItems(10101, 10203, 10502))
                .body("hasMore", equalTo(false));
        cms().queryParam("page", 2).get("/api/replay/catalogue").then().statusCode(200)
                .body("videos", hasSize(0)).body("page", equalTo(2));
        cms().queryParam("q", "DRAGON").get("/api/replay/catalogue").then().statusCode(200)
                .body("videos", hasSize(0));
        cms().queryParam("q", "fafnou").get("/api/replay/catalogue").then().statusCode(200)
                .body("videos.videoId", contains(10301));
    }

    @Test
    void kinowCategoriesNarrowTheSearch() {
        cms().get("/api/replay/categories").then().statusCode(200)
                .body("name", contains("Bricolage et création", "Histoires et énigmes", "Nature et découvertes"))
                .body("id", contains(203, 202, 201))
                .body("[0].productIds", nullValue());
        // Nature et découvertes: Les Petits Explorateurs (101) and Mission Océan (102), 3 videos each.
        cms().queryParam("categorie", 201).get("/api/replay/catalogue").then().statusCode(200)
                .body("videos", hasSize(6))
                .body("videos.productId", everyItem(anyOf(equalTo(101), equalTo(102))));
        cms().queryParam("categorie", 201).queryParam("q", "recif").get("/api/replay/catalogue").then()
                .statusCode(200).body("videos.videoId", contains(10202));
        cms().queryParam("categorie", 203).queryParam("q", "recif").get("/api/replay/catalogue").then()
                .statusCode(200).body("videos", hasSize(0));
        cms().queryParam("categorie", 999).get("/api/replay/catalogue").then().statusCode(200)
                .body("videos", hasSize(0));
        given().get("/api/replay/categories").then().statusCode(401);
    }

    @Test
    void oneVideoAndAVideoKinowNoLongerHas() {
        cms().get("/api/replay/catalogue/10203").then().statusCode(200)
                .body("title", equalTo("La baleine qui chantait")).body("extractId", nullValue());
        cms().get("/api/replay/catalogue/10101").then().statusCode(200).body("extractId", equalTo(20101));
        cms().get("/api/replay/catalogue/99999").then().statusCode(404)
                .body("message", equalTo(ReplayErrors.VIDEO_NOT_FOUND));
    }

    @Test
    void onlyAServiceAccountWithTheScopeSeesTheCatalogue() {
        given().get("/api/replay/catalogue").then().statusCode(401);
        given().auth().oauth2("not-a-token").get("/api/replay/catalogue").then().statusCode(401);
        given().auth().oauth2(token("pitchoun-ops", "pitchoun-ops-secret")).get("/api/replay/catalogue/10101")
                .then().statusCode(403).body("message", equalTo("Ce compte de service n'a pas le droit "
                        + "replay:catalogue."));
    }

    private static RequestSpecification cms() {
        return given().auth().oauth2(token("cms-service", "cms-service-secret"));
    }

    private static String token(String client, String secret) {
        return given().auth().preemptive().basic(client, secret).formParam("grant_type", "client_credentials")
                .post("/oauth/token").then().statusCode(200).extract().path("access_token");
    }
}
