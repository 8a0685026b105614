package fr.pitchoun.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An admin manages a live channel from cms-service's pages, which call live-ingest-service's admin API with a
 * service token of auth-gateway: the channel exists at the ingest, its key is shown once, a new key replaces it (the
 * old one is refused by NGINX-RTMP), and switching off and the standby slate reach the ingest too.
 */
@ExtendWith(TestPlatform.class)
class ChannelAdminTest {

    private static final String CHANNELS = "/editeur/chaines";
    /** The key field of the page that shows a key once: 43 characters of base64url. */
    private static final Pattern SHOWN_KEY = Pattern.compile("id=\"cle\"[^>]*value=\"([A-Za-z0-9_-]{43})\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void anAdminCreatesAChannelRotatesItsKeyAndSwitchesItOff() throws Exception {
        EditorForms admin = EditorForms.signInAsAdmin();
        String slug = "e2e-" + UUID.randomUUID().toString().substring(0, 8);

        List<Map.Entry<String, String>> creation = admin.form(CHANNELS + "/nouvelle", CHANNELS + "/nouvelle");
        EditorForms.set(creation, "slug", slug);
        EditorForms.set(creation, "name", "Chaîne de test " + slug);
        HttpResponse<String> created = admin.post(CHANNELS + "/nouvelle", creation);
        assertEquals(200, created.statusCode(), created.body());
        String firstKey = shownKey(created.body());
        assertTrue(created.body().contains(TestPlatform.RTMP_URL + firstKey),
                "the control room's full RTMP address is given with the key");
        assertEquals("no-store", created.headers().firstValue("Cache-Control").orElse(""));

        String atIngest = ingestChannel(slug);
        assertTrue(atIngest.contains("\"name\":\"Chaîne de test " + slug + "\""), atIngest);
        assertTrue(atIngest.contains("\"enabled\":true"), atIngest);
        String list = admin.page(CHANNELS);
        assertTrue(list.contains("Chaîne de test " + slug), "the channel is listed");
        assertFalse(list.contains(firstKey), "the key is shown once only");
        admin.page("/editeur/grille/" + slug); // the new channel has its TV schedule (200)
        // The ingest's refusal of a taken slug (409) comes back as the form's French message.
        List<Map.Entry<String, String>> again = admin.form(CHANNELS + "/nouvelle", CHANNELS + "/nouvelle");
        EditorForms.set(again, "slug", slug);
        EditorForms.set(again, "name", "Une autre chaîne");
        HttpResponse<String> taken = admin.post(CHANNELS + "/nouvelle", again);
        assertEquals(422, taken.statusCode());
        assertTrue(taken.body().contains("Une chaîne du direct a déjà l&#39;identifiant « " + slug + " »"), taken.body());

        String confirmation = admin.page(CHANNELS + "/" + slug + "/nouvelle-cle");
        assertTrue(confirmation.contains("sera refusée aussitôt"), "the admin is warned before the cut");
        HttpResponse<String> rotated = admin.post(CHANNELS + "/" + slug + "/nouvelle-cle",
                admin.form(CHANNELS + "/" + slug + "/nouvelle-cle", CHANNELS + "/" + slug + "/nouvelle-cle"));
        assertEquals(200, rotated.statusCode(), rotated.body());
        String secondKey = shownKey(rotated.body());
        assertNotEquals(firstKey, secondKey, "a new key");
        String history = admin.page(CHANNELS + "/historique");
        assertTrue(history.contains(slug + " : "), "the channels' history names what was done to the new channel");
        assertFalse(history.contains(firstKey) || history.contains(secondKey), "and never a key");

        // NGINX-RTMP asks the ingest about every publish: the old key no longer gets on air.
        Process oldKeyPublisher = LiveHls.publishTestPattern(firstKey, 10);
        boolean hungUp = oldKeyPublisher.waitFor(20, TimeUnit.SECONDS);
        if (!hungUp) {
            oldKeyPublisher.destroyForcibly().waitFor();
        }
        assertTrue(hungUp, "NGINX hangs up on the old key instead of letting it stream");
        assertNotEquals(0, oldKeyPublisher.exitValue(), "the publish with the old key is refused");

        HttpResponse<String> disabled = admin.post(CHANNELS + "/" + slug + "/desactiver",
                admin.form(CHANNELS, CHANNELS + "/" + slug + "/desactiver"));
        assertEquals(303, disabled.statusCode());
        assertTrue(ingestChannel(slug).contains("\"enabled\":false"), "switched off at the ingest");

        String slateForm = CHANNELS + "/" + slug + "/habillage";
        List<Map.Entry<String, String>> slate = admin.form(slateForm, slateForm);
        EditorForms.set(slate, "slate", "ftp://medias.pitchoun.test/habillage.png");
        HttpResponse<String> refused = admin.post(slateForm, slate);
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("Indiquez une adresse https://"), "a French message: " + refused.body());
        // A path the ingest refuses (it climbs out with ..): its French message (400) next to the field.
        EditorForms.set(slate, "slate", "/srv/pitchoun/../../etc/passwd");
        HttpResponse<String> climbing = admin.post(slateForm, slate);
        assertEquals(422, climbing.statusCode());
        assertTrue(climbing.body().contains("Habillage invalide"), climbing.body());
        EditorForms.set(slate, "slate", "https://medias.pitchoun.test/habillage.png");
        assertEquals(303, admin.post(slateForm, slate).statusCode());
        assertTrue(ingestChannel(slug).contains("\"slate\":\"https://medias.pitchoun.test/habillage.png\""),
                "the slate reaches the ingest");

        String cmsLog = Files.readString(TestPlatform.get().cms.log());
        assertFalse(cmsLog.contains(firstKey) || cmsLog.contains(secondKey), "no stream key in cms-service's log");
    }

    private static String shownKey(String page) {
        Matcher key = SHOWN_KEY.matcher(page);
        assertTrue(key.find(), "the page shows the stream key: " + page);
        return key.group(1);
    }

    /** The channel as live-ingest-service's public API describes it. */
    private static String ingestChannel(String slug) throws Exception {
        HttpResponse<String> channel = HTTP.send(HttpRequest.newBuilder(
                URI.create(TestPlatform.INGEST_URL + "/api/channels/" + slug)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, channel.statusCode(), "live-ingest-service knows " + slug);
        return channel.body();
    }
}
