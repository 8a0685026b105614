package fr.pitchoun.frontend.live;

import fr.pitchoun.frontend.TestSessionKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live pages (cms-service and auth-gateway away, %test): a channel's page gives its signed address to MyPitchoun+
 * viewers only, and plays without its schedule while cms-service is away.
 */
@QuarkusTest
@QuarkusTestResource(TestSessionKeys.class)
class LivePageTest {

    private static final Pattern SCRIPT_SRC = Pattern.compile("<script[^>]*\\ssrc=\"([^\"]+)\"");
    private static final Pattern SIGNED_MANIFEST = Pattern.compile(
            "data-manifest=\"http://127\\.0\\.0\\.1:28088/hls/([A-Za-z0-9_-]{22})/(\\d+)/pitchoun-tv/master\\.m3u8\"");

    @Test
    void myPitchounPlusViewerGetsTheSignedChannelWithLocalScriptsOnly() throws Exception {
        String page = livePage(session(Set.of("MYPITCHOUN", "MYPITCHOUN_PLUS")));

        assertThat(page, allOf(
                containsString("<html lang=\"fr\">"),
                containsString("<main id=\"contenu\""),
                containsString("href=\"#contenu\""),
                containsString("<a href=\"/direct\" aria-current=\"page\">Direct</a>"),
                containsPattern("<p id=\"statut-direct\"[^>]*aria-live=\"polite\"[^>]*>"
                        + "Le direct va bientôt commencer…</p>"),
                not(containsString("<script>"))));
        Matcher manifest = SIGNED_MANIFEST.matcher(page);
        assertTrue(manifest.find(), "signed master playlist address in " + page);
        long expires = Long.parseLong(manifest.group(2));
        long fourHours = Instant.now().plusSeconds(4 * 3600).getEpochSecond();
        assertTrue(Math.abs(expires - fourHours) < 60, "expires in 4 hours: " + expires);
        assertEquals(secureLinkToken(expires), manifest.group(1), "NGINX's secure_link_md5 of the contract");
        List<String> scripts = SCRIPT_SRC.matcher(page).results().map(result -> result.group(1)).toList();
        assertThat(scripts, contains("/vendor/hls.js/hls.min.js", "/js/direct.js"));
    }

    @Test
    void myPitchounViewerIsToldTheLiveIsMyPitchounPlusAndGetsNoAddress() {
        String page = livePage(session(Set.of("MYPITCHOUN")));
        assertThat(page, allOf(
                containsString("Le direct est réservé aux abonnés <strong>MyPitchoun+</strong>, et votre compte "
                        + "n'a pas cette offre."),
                containsString("href=\"/mon-compte\""),
                not(containsString("m3u8")),
                not(containsString("<video")),
                not(containsString("/js/direct.js"))));
    }

    @Test
    void visitorWithoutSessionIsAskedToSignInAndGetsNoAddress() {
        String page = given().get("/direct/pitchoun-tv").then().statusCode(200).extract().asString();
        assertThat(page, allOf(
                containsString("<a href=\"/connexion?retour=/direct/pitchoun-tv\">Connectez-vous</a>"),
                not(containsString("m3u8")),
                not(containsString("<video"))));
    }

    @Test
    void forgedExpiredOrForeignTokensOpenNothingAndTheCookieIsDropped() {
        Instant past = Instant.now().minusSeconds(7200);
        String expired = TestSessionKeys.session("1003", Set.of("MYPITCHOUN_PLUS"), past, past.plusSeconds(900));
        String foreign = TestSessionKeys.foreignSession("1003", Set.of("MYPITCHOUN_PLUS"));
        String[] parts = session(Set.of()).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"groups\":[]", "\"groups\":[\"MYPITCHOUN_PLUS\"]");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        for (String token : List.of(expired, foreign, tampered)) {
            given().cookie("pitchoun_session", token).get("/direct/pitchoun-tv")
                    .then().statusCode(200)
                    .header("Set-Cookie", containsString("pitchoun_session=;"))
                    .body(allOf(not(containsString("m3u8")), containsString("Connectez-vous")));
        }
    }

    @Test
    void pagesAreNeverKeptInASharedCacheAndTheCspAllowsTheHlsServer() {
        given().cookie("pitchoun_session", session(Set.of("MYPITCHOUN", "MYPITCHOUN_PLUS"))).get("/direct/pitchoun-tv")
                .then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .header("Content-Security-Policy", allOf(
                        containsString("script-src 'self';"),
                        containsString("media-src 'self' blob: http://127.0.0.1:28088;"),
                        containsString("connect-src 'self' http://127.0.0.1:28088;")));
    }

    @Test
    void vendoredHlsJsAndThePlayerScriptAreServedAsJavaScript() {
        given().when().get("/vendor/hls.js/hls.min.js")
                .then().statusCode(200)
                .contentType(containsString("javascript"))
                .body(containsString("1.6.19"));
        given().when().get("/js/direct.js")
                .then().statusCode(200)
                .contentType(containsString("javascript"))
                .body(containsString("Le direct va bientôt commencer…"));
        given().when().get("/vendor/hls.js/LICENSE")
                .then().statusCode(200)
                .body(containsString("Apache License"));
    }

    @Test
    void withTheScheduleAwayTheChannelStillPlaysWithoutNowAndNext() {
        String page = livePage(session(Set.of("MYPITCHOUN", "MYPITCHOUN_PLUS")));
        assertThat(page, allOf(
                containsString("data-reprise=\"/direct/pitchoun-tv/reprise.m3u8\""),
                containsString("id=\"bouton-reprise\""),
                containsString(">Reprendre depuis le début</button>"),
                containsString(">Revenir au direct</button>"),
                containsString("<label for=\"volume-direct\">Volume</label>"),
                not(containsString("En ce moment")),
                not(containsString("À suivre"))));
        given().get("/direct/pitchoun-tv/programme").then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body(allOf(containsString("id=\"programme-chaine\""), not(containsString("En ce moment"))));
    }

    @Test
    void theChannelListNeedsTheCmsAndSaysSoWhenItIsAway() {
        given().get("/direct").then().statusCode(503).contentType(containsString("text/html"))
                .body(containsString("momentanément indisponible"));
    }

    @Test
    void aChannelThatCannotBeOneIsTheSitesNotFoundPage() {
        given().get("/direct/Pas_Une_Chaine").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"fr\">"));
    }

    @Test
    void aNewAddressIsForTheChannelAsked() {
        String plus = session(Set.of("MYPITCHOUN", "MYPITCHOUN_PLUS"));
        String address = given().cookie("pitchoun_session", plus).accept("application/json")
                .get("/direct/adresse?chaine=pitchoun-junior").then().statusCode(200).extract().path("manifestUrl");
        assertThat(address, matchesPattern(".*/\\d+/pitchoun-junior/master\\.m3u8"));
        given().cookie("pitchoun_session", plus).get("/direct/adresse").then().statusCode(400)
                .body(containsString("Chaîne inconnue"));
        given().cookie("pitchoun_session", session(Set.of("MYPITCHOUN"))).get("/direct/adresse?chaine=pitchoun-tv")
                .then().statusCode(403);
    }

    /** A fresh token (not due for refresh, so the unreachable gateway of %test is not asked). */
    private static String session(Set<String> entitlements) {
        Instant now = Instant.now();
        return TestSessionKeys.session("1003", entitlements, now, now.plusSeconds(900));
    }

    private static String livePage(String session) {
        return given().cookie("pitchoun_session", session).get("/direct/pitchoun-tv")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
    }

    private static String secureLinkToken(long expires) throws Exception {
        byte[] md5 = MessageDigest.getInstance("MD5")
                .digest((expires + "/pitchoun-tv pitchoun-dev-hls-secret").getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(md5);
    }

    private static org.hamcrest.Matcher<String> containsPattern(String regex) {
        return matchesPattern(Pattern.compile(".*" + regex + ".*", Pattern.DOTALL));
    }
}
