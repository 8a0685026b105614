package fr.pitchoun.frontend.live;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class LivePageTest {

    private static final Pattern SCRIPT_SRC = Pattern.compile("<script[^>]*\\ssrc=\"([^\"]+)\"");

    @Test
    void livePagePlaysTheConfiguredChannelWithLocalScriptsOnly() {
        String page = given().when().get("/direct")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .extract().asString();

        assertThat(page, allOf(
                containsString("<html lang=\"fr\">"),
                containsString("<main id=\"contenu\""),
                containsString("href=\"#contenu\""),
                containsString("<a href=\"/direct\" aria-current=\"page\">Direct</a>"),
                containsPattern("<video id=\"lecteur-direct\"[^>]*"
                        + "data-manifest=\"http://127.0.0.1:28088/hls/pitchoun-tv/index.m3u8\""),
                containsPattern("<p id=\"statut-direct\"[^>]*aria-live=\"polite\"[^>]*>"
                        + "Le direct va bientôt commencer…</p>"),
                not(containsString("<script>"))));
        List<String> scripts = SCRIPT_SRC.matcher(page).results().map(result -> result.group(1)).toList();
        assertThat(scripts, contains("/vendor/hls.js/hls.min.js", "/js/direct.js"));
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
    void contentSecurityPolicyLetsTheBrowserReachOnlyThisSiteAndTheHlsServer() {
        given().when().get("/direct")
                .then().statusCode(200)
                .header("Content-Security-Policy", allOf(
                        containsString("script-src 'self';"),
                        containsString("media-src 'self' blob: http://127.0.0.1:28088;"),
                        containsString("connect-src 'self' http://127.0.0.1:28088;")));
    }

    private static org.hamcrest.Matcher<String> containsPattern(String regex) {
        return matchesPattern(Pattern.compile(".*" + regex + ".*", Pattern.DOTALL));
    }
}
