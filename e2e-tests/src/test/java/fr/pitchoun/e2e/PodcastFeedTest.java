package fr.pitchoun.e2e;

import com.rometools.modules.itunes.EntryInformation;
import com.rometools.modules.itunes.ITunes;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A MyPitchoun+ parent copies the family's private feed address on « Mon compte »; a feed parser (Rome) reads it
 * through the real site, gateway and podcast-service, exclusives included, and an exclusive enclosure leads to a
 * freshly signed address the test NGINX plays. A reset address, a forged one and families without MyPitchoun+ get
 * nothing.
 */
@ExtendWith(TestPlatform.class)
class PodcastFeedTest {

    private static final Pattern FEED_ADDRESS = Pattern.compile(
            "id=\"adresse-flux\" type=\"text\" readonly value=\"(" + Pattern.quote(TestPlatform.SITE_URL)
                    + "/podcasts/flux/[A-Za-z0-9_-]{43})\"");
    /** An exclusive of the Ausha stand-in: the exclusive show's, and a private episode of a public show. */
    private static final String EXCLUSIVE_TITLE = "Le club MyPitchoun+ : Le dragon qui collectionnait les nuages";
    private static final String PRIVATE_TITLE = "Les p'tits curieux : Pourquoi les volcans se réveillent ?";

    @Test
    void aMyPitchounPlusParentCopiesTheAddressAndAFeedParserReadsEveryEpisode() throws Exception {
        SiteViewer parent = SiteViewer.signIn("mypitchoun-plus@demo.pitchoun.fr");
        String address = newAddress(parent);

        HttpResponse<String> read = get(address);
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.headers().firstValue("Content-Type").orElse("").startsWith("application/rss+xml"));
        SyndFeed feed = new SyndFeedInput().build(new StringReader(read.body()));
        List<String> titles = feed.getEntries().stream().map(SyndEntry::getTitle).toList();
        assertEquals(13, titles.size(), "every published episode of the 4 demo shows: " + titles);
        assertTrue(titles.contains(EXCLUSIVE_TITLE), titles.toString());
        assertTrue(titles.contains(PRIVATE_TITLE), titles.toString());
        for (SyndEntry entry : feed.getEntries()) {
            SyndEnclosure audio = entry.getEnclosures().get(0);
            assertEquals("audio/mpeg", audio.getType(), entry.getTitle());
            assertTrue(audio.getLength() >= 0, entry.getTitle());
            EntryInformation itunes = (EntryInformation) entry.getModule(ITunes.URI);
            assertTrue(itunes.getDuration().getMilliseconds() > 0, entry.getTitle());
            assertEquals(Boolean.FALSE, itunes.getExplicitNullable(), entry.getTitle());
            assertTrue(entry.getUri().startsWith("pitchoun-"), "Ausha's guid: " + entry.getUri());
            assertTrue(entry.getPublishedDate() != null, entry.getTitle());
        }
        assertFalse(read.body().contains("/podcasts-audio/exclusif/"), "no raw exclusive address in the feed");

        // The exclusive's enclosure is the site's relay, which signs a fresh NGINX address at each download.
        String relay = enclosureOf(feed, EXCLUSIVE_TITLE);
        assertTrue(relay.startsWith(address + "/le-club-mypitchoun-plus/"), relay);
        HttpResponse<String> redirect = get(relay);
        assertEquals(302, redirect.statusCode());
        String signed = redirect.headers().firstValue("Location").orElseThrow();
        assertTrue(signed.matches(Pattern.quote(TestPlatform.PODCASTS_AUDIO_URL)
                + "/signe/[A-Za-z0-9_-]{22}/\\d+/ep940001\\.mp3"), signed);
        HttpResponse<byte[]> audio = SiteViewer.HTTP.send(HttpRequest.newBuilder(URI.create(signed)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, audio.statusCode());
        assertTrue(audio.body().length > 10_000, "the demo MP3: " + audio.body().length + " bytes");
        // A public episode downloads from its public address (Ausha's audio_url) directly.
        assertTrue(enclosureOf(feed, "Les p'tits curieux : Pourquoi le ciel est-il bleu ?")
                .endsWith("/podcasts-audio/ep920001.mp3"));
    }

    @Test
    void aResetAddressAndAForgedOneAnswerTheSame404() throws Exception {
        SiteViewer parent = SiteViewer.signIn("mypitchoun-plus@demo.pitchoun.fr");
        String old = newAddress(parent);
        assertEquals(200, get(old).statusCode());
        String current = newAddress(parent);
        assertFalse(old.equals(current));

        HttpResponse<String> revoked = get(old);
        HttpResponse<String> forged = get(TestPlatform.SITE_URL + "/podcasts/flux/"
                + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        HttpResponse<String> revokedAudio = get(old
                + "/le-club-mypitchoun-plus/le-dragon-qui-collectionnait-les-nuages.mp3");
        for (HttpResponse<String> refused : List.of(revoked, forged, revokedAudio)) {
            assertEquals(404, refused.statusCode(), refused.uri().toString());
            assertEquals("Flux introuvable.", refused.body());
        }
        assertEquals(200, get(current).statusCode());
        String page = parent.get("/mon-compte").body();
        assertTrue(page.contains("Votre flux privé est actif depuis le "), page);
        assertFalse(page.contains(current.substring(current.lastIndexOf('/') + 1)), "never shown again");
    }

    @Test
    void familiesWithoutMyPitchounPlusAreToldTheFeedIsPartOfIt() throws Exception {
        for (String email : List.of("mypitchoun@demo.pitchoun.fr", "sans-abonnement@demo.pitchoun.fr",
                "expire@demo.pitchoun.fr")) {
            SiteViewer viewer = SiteViewer.signIn(email);
            String page = viewer.get("/mon-compte").body();
            assertTrue(page.contains("fait partie de l'offre MyPitchoun+."), email + ": " + page);
            assertFalse(page.contains("action=\"/mon-compte/flux-podcast\""), email);
            String reset = viewer.postFromTheSite("/mon-compte/flux-podcast").body();
            assertFalse(FEED_ADDRESS.matcher(reset).find(), email + " gets no address: " + reset);
        }
    }

    /** « Créer l'adresse » / « Créer une nouvelle adresse » on Mon compte: the address shown this once. */
    private static String newAddress(SiteViewer parent) throws Exception {
        assertTrue(parent.get("/mon-compte").body().contains("action=\"/mon-compte/flux-podcast\""));
        HttpResponse<String> made = parent.postFromTheSite("/mon-compte/flux-podcast");
        assertEquals(200, made.statusCode(), made.body());
        assertTrue(made.body().contains("<label for=\"adresse-flux\">Adresse de votre flux privé</label>"));
        assertTrue(made.body().contains(">Copier l'adresse</button>"), made.body());
        Matcher address = FEED_ADDRESS.matcher(made.body());
        assertTrue(address.find(), made.body());
        return address.group(1);
    }

    private static String enclosureOf(SyndFeed feed, String title) {
        return feed.getEntries().stream().filter(entry -> entry.getTitle().equals(title)).findFirst().orElseThrow()
                .getEnclosures().get(0).getUrl();
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return SiteViewer.HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
