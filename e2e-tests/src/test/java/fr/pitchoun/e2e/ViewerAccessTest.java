package fr.pitchoun.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Demo viewers sign in on the site, which relays auth-gateway's session cookie; the gateway asks the Kinow stand-in.
 * Each sees its offer on "mon compte"; only the MyPitchoun+ subscriber gets the live channel's signed address.
 */
@ExtendWith(TestPlatform.class)
class ViewerAccessTest {

    private static final Pattern SIGNED_MANIFEST = Pattern.compile(
            "data-manifest=\"http://127\\.0\\.0\\.1:28088/hls/[A-Za-z0-9_-]{22}/\\d+/pitchoun-tv/master\\.m3u8\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void eachDemoAccountSignsInAndSeesItsOffer() throws Exception {
        assertOffer("sans-abonnement@demo.pitchoun.fr", "Sans abonnement");
        assertOffer("mypitchoun@demo.pitchoun.fr", "MyPitchoun");
        assertOffer("mypitchoun-plus@demo.pitchoun.fr", "MyPitchoun+");
        assertOffer("expire@demo.pitchoun.fr", "Sans abonnement");
    }

    @Test
    void nonSubscriberIsRefusedTheSignedAddressAndMyPitchounPlusGetsIt() throws Exception {
        String refused = get(signedIn("sans-abonnement@demo.pitchoun.fr"), "/direct/pitchoun-tv").body();
        assertFalse(refused.contains("m3u8"), "no HLS address for a non-subscriber: " + refused);
        assertTrue(refused.contains("réservé aux abonnés <strong>MyPitchoun+</strong>"), refused);

        String granted = get(signedIn("mypitchoun-plus@demo.pitchoun.fr"), "/direct/pitchoun-tv").body();
        assertTrue(SIGNED_MANIFEST.matcher(granted).find(), "signed master playlist for MyPitchoun+: " + granted);
    }

    @Test
    void signedOutSessionNoLongerGetsTheAddress() throws Exception {
        String session = signedIn("mypitchoun-plus@demo.pitchoun.fr");
        HttpResponse<String> signOut = HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.SITE_URL
                        + "/deconnexion")).header("Cookie", session).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, signOut.statusCode());
        assertTrue(signOut.headers().firstValue("Set-Cookie").orElse("").startsWith("pitchoun_session=;"));
        // The gateway refuses the revoked session at once; the site's own check ends with the token (15 min).
        HttpResponse<String> current = HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.AUTH_URL
                + "/api/sessions/current")).header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, current.statusCode());
    }

    @Test
    void newViewerRegistersOnTheSiteAndLandsOnTheirAccount() throws Exception {
        // Any e-mail but the demo accounts' is accepted by the Kinow stand-in (customer 2001).
        String form = "prenom=In%C3%A8s&nom=Moreau&email=ines.moreau%40example.org"
                + "&motDePasse=pitchoun-2026&confirmation=pitchoun-2026";
        HttpResponse<String> answer = postForm("/inscription", form);
        assertEquals(303, answer.statusCode(), answer.body());
        assertEquals("/mon-compte", answer.headers().firstValue("Location").map(URI::create).map(URI::getPath)
                .orElse(""));
        String setCookie = answer.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(setCookie.startsWith("pitchoun_session="), setCookie);
        String page = get(setCookie.split(";", 2)[0], "/mon-compte").body();
        assertTrue(page.contains("Bonjour Inès !"), page);
        assertTrue(page.contains("<dd id=\"offre\">Sans abonnement</dd>"), page);
    }

    @Test
    void forgottenPasswordRequestGetsTheConfirmation() throws Exception {
        HttpResponse<String> answer = postForm("/mot-de-passe/oublie", "email=mypitchoun%40demo.pitchoun.fr");
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("Si un compte existe pour cette adresse, un e-mail vient de lui être envoyé"),
                answer.body());
    }

    private static HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.SITE_URL + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertOffer(String email, String offer) throws Exception {
        String page = get(signedIn(email), "/mon-compte").body();
        assertTrue(page.contains("<dd id=\"offre\">" + offer + "</dd>"), email + " sees " + offer + ": " + page);
    }

    /** The "name=value" of the session cookie a sign-in through /connexion sets. */
    private static String signedIn(String email) throws IOException, InterruptedException {
        return SiteViewer.signIn(email).cookie();
    }

    private static HttpResponse<String> get(String session, String path) throws IOException, InterruptedException {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.SITE_URL + path))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), path);
        return page;
    }
}
