package fr.pitchoun.frontend.screentime;

import fr.pitchoun.frontend.TestSessionKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The screen-time pages with auth-gateway absent (the real flow is e2e ScreenTimeTest): forms refuse other sites,
 * an unreachable gateway is named in French, a child's live address is short-lived and renewed, and playback is not
 * stopped because the gateway cannot answer.
 */
@QuarkusTest
@QuarkusTestResource(TestSessionKeys.class)
class ScreenTimePagesWithoutGatewayTest {

    private static final Set<String> PLUS = Set.of("MYPITCHOUN", "MYPITCHOUN_PLUS");
    private static final Pattern EXPIRES = Pattern.compile("/hls/[^/]+/(\\d+)/pitchoun-tv/master\\.m3u8");

    @Test
    void theFormsOnlyAcceptThisSitesPages() {
        String parent = TestSessionKeys.watchedBy("1002", Set.of("MYPITCHOUN"), "parent", "", "");
        given().cookie("pitchoun_session", parent).header("Origin", "https://ailleurs.example")
                .formParam("limite", "30").post("/temps-ecran/42").then().statusCode(403)
                .body(containsString("ne vient pas du site Pitchoun"));
        given().cookie("pitchoun_session", parent).header("Origin", "https://ailleurs.example")
                .formParam("motDePasse", "pitchoun").post("/temps-ecran/deblocage").then().statusCode(403);
    }

    @Test
    void anUnreachableGatewayIsSaidInFrench() {
        String parent = TestSessionKeys.watchedBy("1002", Set.of("MYPITCHOUN"), "parent", "", "");
        given().cookie("pitchoun_session", parent).get("/temps-ecran").then().statusCode(503)
                .body(containsString("Le temps d&#39;écran est momentanément indisponible"));
        given().redirects().follow(false).get("/temps-ecran").then().statusCode(303)
                .header("Location", containsString("/connexion?retour=%2Ftemps-ecran"));
    }

    @Test
    void aChildsLiveAddressIsShortLivedAndRenewed() {
        String zoe = TestSessionKeys.watchedBy("1003", PLUS, "42", "Zoé", "owl");
        String page = given().cookie("pitchoun_session", zoe).get("/direct/pitchoun-tv").then().statusCode(200)
                .body(containsString("data-renouvellement=\"/direct/adresse\""))
                .body(containsString("/js/pause.js")).extract().asString();
        assertTrue(expiresWithin(page, 121), page);
        String renewed = given().cookie("pitchoun_session", zoe).accept("application/json")
                .get("/direct/adresse?chaine=pitchoun-tv")
                .then().statusCode(200).header("Cache-Control", containsString("no-store"))
                .extract().path("manifestUrl");
        assertTrue(expiresWithin(renewed, 121), renewed);

        String parent = TestSessionKeys.watchedBy("1003", PLUS, "parent", "", "");
        given().cookie("pitchoun_session", parent).get("/direct/pitchoun-tv").then().statusCode(200)
                .body(not(containsString("data-renouvellement")));
        String free = TestSessionKeys.watchedBy("1002", Set.of("MYPITCHOUN"), "42", "Zoé", "owl");
        given().cookie("pitchoun_session", free).get("/direct/adresse?chaine=pitchoun-tv").then().statusCode(403);
    }

    @Test
    void theGatewayAwayDoesNotStopPlayback() {
        String zoe = TestSessionKeys.watchedBy("1003", PLUS, "42", "Zoé", "owl");
        given().cookie("pitchoun_session", zoe).redirects().follow(false)
                .get("/temps-ecran/pause?retour=/direct").then().statusCode(303)
                .header("Location", equalTo("http://localhost:" + io.restassured.RestAssured.port + "/direct"));
    }

    private static boolean expiresWithin(String text, long seconds) {
        Matcher address = EXPIRES.matcher(text);
        return address.find() && Long.parseLong(address.group(1)) <= Instant.now().getEpochSecond() + seconds;
    }
}
