package fr.pitchoun.frontend.podcastfeed;

import fr.pitchoun.frontend.TestSessionKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * The feed's pages with auth-gateway and podcast-service unreachable (%test): a feed read says nothing about its
 * secret, Mon compte says what it can, a cross-site reset is refused. The feed itself, through every real service,
 * is walked in e2e-tests (PodcastFeedTest).
 */
@QuarkusTest
@QuarkusTestResource(TestSessionKeys.class)
class FeedPagesWithoutGatewayTest {

    @Test
    void aFeedReadWhileTheGatewayIsAwayIsUnavailableWhateverTheSecret() {
        for (String secret : new String[] {"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "pas-un-secret"}) {
            given().get("/podcasts/flux/" + secret)
                    .then().statusCode(503).header("Retry-After", "300")
                    .body(equalTo("Flux momentanément indisponible. Réessayez plus tard."));
            given().redirects().follow(false).get("/podcasts/flux/" + secret + "/le-club-mypitchoun-plus/ep.mp3")
                    .then().statusCode(503);
        }
    }

    @Test
    void myAccountTellsAFamilyWithoutMyPitchounPlusThatTheFeedIsPartOfIt() {
        Instant now = Instant.now();
        given().cookie("pitchoun_session", TestSessionKeys.session("1002", Set.of("MYPITCHOUN"), now,
                        now.plusSeconds(900)))
                .get("/mon-compte")
                .then().statusCode(200)
                .body(allOf(
                        containsString("<h2 id=\"titre-flux\">Flux privé des podcasts</h2>"),
                        containsString("fait partie de l'offre MyPitchoun+."),
                        not(containsString("action=\"/mon-compte/flux-podcast\""))));
    }

    @Test
    void myAccountSaysWhenTheFeedCannotBeToldAndARemoteFormCannotResetIt() {
        Instant now = Instant.now();
        String plus = TestSessionKeys.session("1003", Set.of("MYPITCHOUN", "MYPITCHOUN_PLUS"), now,
                now.plusSeconds(900));
        given().cookie("pitchoun_session", plus).get("/mon-compte")
                .then().statusCode(200)
                .body(containsString("<p role=\"alert\">Le flux privé des podcasts est momentanément indisponible."));

        given().cookie("pitchoun_session", plus).header("Sec-Fetch-Site", "cross-site")
                .post("/mon-compte/flux-podcast")
                .then().statusCode(403).body(equalTo("Cette demande ne vient pas du site Pitchoun."));
        given().cookie("pitchoun_session", plus).header("Origin", "https://evil.example")
                .post("/mon-compte/flux-podcast")
                .then().statusCode(403);
        given().cookie("pitchoun_session", plus).header("Sec-Fetch-Site", "same-origin")
                .post("/mon-compte/flux-podcast")
                .then().statusCode(200)
                .body(containsString("Le flux privé des podcasts est momentanément indisponible."));
    }
}
