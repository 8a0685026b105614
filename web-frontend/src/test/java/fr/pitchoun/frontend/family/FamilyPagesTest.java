package fr.pitchoun.frontend.family;

import fr.pitchoun.frontend.TestSessionKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * « Qui regarde ? » and the players' reports as the site handles them alone (auth-gateway and cms-service absent):
 * who watches comes from the verified token, only this site's pages may post, a parent watching records nothing.
 */
@QuarkusTest
@QuarkusTestResource(TestSessionKeys.class)
class FamilyPagesTest {

    private static final Set<String> MYPITCHOUN = Set.of("MYPITCHOUN");

    @Test
    void theHeaderSaysWhichChildWatchesFromTheToken() {
        String zoe = TestSessionKeys.watchedBy("1002", MYPITCHOUN, "42", "Zoé", "fox");
        given().cookie("pitchoun_session", zoe).get("/grille?jour=pas-une-date").then()
                .body(containsString("id=\"qui-regarde\""))
                .body(containsString("Qui regarde : Zoé (changer)"))
                .body(containsString("/js/apprentissage.js"));
    }

    @Test
    void theLivePlayerReportsTheChannelForAChild() {
        String zoe = TestSessionKeys.watchedBy("1003", Set.of("MYPITCHOUN", "MYPITCHOUN_PLUS"), "42", "Zoé", "owl");
        given().cookie("pitchoun_session", zoe).get("/direct/pitchoun-tv").then().statusCode(200)
                .body(containsString("data-element=\"live\" data-premier=\"pitchoun-tv\""));
        String parent = TestSessionKeys.watchedBy("1003", Set.of("MYPITCHOUN", "MYPITCHOUN_PLUS"), "parent", "", "");
        given().cookie("pitchoun_session", parent).get("/direct/pitchoun-tv").then().statusCode(200)
                .body(not(containsString("data-apprentissage")));
    }

    @Test
    void familiesWithoutMyPitchounSeeNoSwitchAndAreNotAsked() {
        String free = TestSessionKeys.watchedBy("1001", Set.of(), "parent", "", "");
        given().cookie("pitchoun_session", free).get("/grille?jour=pas-une-date").then()
                .body(not(containsString("id=\"qui-regarde\"")));
        given().cookie("pitchoun_session", free).redirects().follow(false).get("/qui-regarde?retour=/replay")
                .then().statusCode(303).header("Location", containsString("/replay"));
        given().redirects().follow(false).get("/qui-regarde").then().statusCode(303)
                .header("Location", containsString("/connexion?retour="));
    }

    @Test
    void choosingComesOnlyFromThisSitesPages() {
        String parent = TestSessionKeys.watchedBy("1002", MYPITCHOUN, "parent", "Parent", "");
        given().cookie("pitchoun_session", parent).header("Origin", "https://ailleurs.example")
                .contentType(ContentType.URLENC).formParam("profil", "42").post("/qui-regarde")
                .then().statusCode(403);
        given().cookie("pitchoun_session", parent).header("Sec-Fetch-Site", "cross-site")
                .contentType(ContentType.URLENC).formParam("name", "Zoé").post("/profils")
                .then().statusCode(403);
    }

    @Test
    void theProfilesPageSaysWhenTheGatewayIsAway() {
        String parent = TestSessionKeys.watchedBy("1002", MYPITCHOUN, "parent", "Parent", "");
        given().cookie("pitchoun_session", parent).get("/profils").then().statusCode(503)
                .body(containsString(FamilyGateway.UNREACHABLE));
    }

    @Test
    void reportsAreTakenFromThisSiteForAChildOnly() {
        String report = "{\"statementId\":\"0b8f9a4e-3a49-4d7e-9f0c-3f7f0e0f6b21\",\"kind\":\"episode\","
                + "\"first\":\"mission-ocean\",\"second\":\"les-abysses\",\"playedSeconds\":10.4}";
        String zoe = TestSessionKeys.watchedBy("1002", MYPITCHOUN, "42", "Zoé", "fox");
        String parent = TestSessionKeys.watchedBy("1002", MYPITCHOUN, "parent", "Parent", "");
        given().cookie("pitchoun_session", zoe).header("Sec-Fetch-Site", "cross-site")
                .contentType(ContentType.TEXT).body(report).post("/apprentissage/lectures").then().statusCode(403);
        given().header("Sec-Fetch-Site", "same-origin").contentType(ContentType.TEXT).body(report)
                .post("/apprentissage/lectures").then().statusCode(401);
        given().cookie("pitchoun_session", parent).header("Sec-Fetch-Site", "same-origin")
                .contentType(ContentType.TEXT).body(report).post("/apprentissage/lectures").then().statusCode(204);
        given().cookie("pitchoun_session", zoe).header("Sec-Fetch-Site", "same-origin")
                .contentType(ContentType.TEXT).body("{\"kind\":\"episode\"}").post("/apprentissage/lectures")
                .then().statusCode(400);
        // cms-service is away here: the site cannot name the item, so nothing is relayed.
        given().cookie("pitchoun_session", zoe).header("Sec-Fetch-Site", "same-origin")
                .contentType(ContentType.TEXT).body(report).post("/apprentissage/lectures").then().statusCode(404)
                .body(equalTo("Cet élément n'existe pas sur Pitchoun."));
    }
}
