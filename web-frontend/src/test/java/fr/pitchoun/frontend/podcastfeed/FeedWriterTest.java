package fr.pitchoun.frontend.podcastfeed;

import com.rometools.modules.itunes.EntryInformation;
import com.rometools.modules.itunes.FeedInformation;
import com.rometools.modules.itunes.ITunes;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import fr.pitchoun.frontend.podcast.PodcastEpisode;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feed as a real podcast-feed parser (Rome, with its iTunes module) reads it. */
class FeedWriterTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final String SITE = "https://www.pitchoun.fr";

    @Test
    void romeReadsEveryEpisodeWithItsEnclosureAndItunesTags() throws Exception {
        PodcastEpisode publicOne = new PodcastEpisode("la-lune", "La lune & les étoiles <1>", "Une histoire.", 125,
                Instant.parse("2026-11-20T18:00:00Z"), 2, false, false, "ausha-guid-1",
                "https://audio.example/lune.mp3", null, "https://image.example/lune.jpg", 2_004_321L);
        PodcastEpisode exclusive = new PodcastEpisode("le-club", "Le club", null, 61,
                Instant.parse("2026-11-25T18:00:00Z"), null, true, true, "ausha-guid-2", null, "club-exclusif.mp3",
                null, null);
        String relay = FamilyFeed.relayUrl(SITE, "s3cr3t", "le-club-mypitchoun-plus", "le-club");
        String xml = FeedWriter.write(SITE, List.of(
                new FeedItem("le-club-mypitchoun-plus", "Le club MyPitchoun+", "https://image.example/club.jpg",
                        exclusive, relay),
                new FeedItem("histoires", "Les histoires", "https://image.example/histoires.jpg", publicOne,
                        publicOne.audioUrl())), NOW);

        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertEquals("rss_2.0", feed.getFeedType());
        assertEquals("fr-fr", feed.getLanguage());
        FeedInformation channel = (FeedInformation) feed.getModule(ITunes.URI);
        assertEquals("https://image.example/club.jpg", channel.getImageUri());
        assertEquals(Boolean.FALSE, channel.getExplicitNullable());
        assertTrue(channel.getBlock(), "a private feed asks directories not to list it");

        SyndEntry club = feed.getEntries().get(0);
        assertEquals("Le club MyPitchoun+ : Le club", club.getTitle());
        SyndEnclosure clubAudio = club.getEnclosures().get(0);
        assertEquals(SITE + "/podcasts/flux/s3cr3t/le-club-mypitchoun-plus/le-club.mp3", clubAudio.getUrl());
        assertEquals("audio/mpeg", clubAudio.getType());
        assertEquals(0, clubAudio.getLength(), "no size from Ausha: 0, as RSS readers take it");
        EntryInformation clubTags = (EntryInformation) club.getModule(ITunes.URI);
        assertEquals(61_000, clubTags.getDuration().getMilliseconds());
        assertEquals(Boolean.TRUE, clubTags.getExplicitNullable());
        assertEquals("https://image.example/club.jpg", clubTags.getImageUri(), "the show's image stands in");

        SyndEntry moon = feed.getEntries().get(1);
        assertEquals("Les histoires : La lune & les étoiles <1>", moon.getTitle(), "escaped by the writer");
        assertEquals("ausha-guid-1", moon.getUri());
        assertEquals(Instant.parse("2026-11-20T18:00:00Z"), moon.getPublishedDate().toInstant());
        assertEquals(SITE + "/podcasts/histoires/la-lune", moon.getLink());
        SyndEnclosure moonAudio = moon.getEnclosures().get(0);
        assertEquals("https://audio.example/lune.mp3", moonAudio.getUrl());
        assertEquals(2_004_321L, moonAudio.getLength());
        EntryInformation moonTags = (EntryInformation) moon.getModule(ITunes.URI);
        assertEquals(125_000, moonTags.getDuration().getMilliseconds());
        assertEquals(Boolean.FALSE, moonTags.getExplicitNullable());
        assertEquals("Pitchoun Médias", moonTags.getAuthor());
        assertEquals(2, moonTags.getSeason());
        assertEquals("https://image.example/lune.jpg", moonTags.getImageUri());
        assertFalse(xml.contains("club-exclusif"), "no raw address of an exclusive file in the feed");
        assertTrue(xml.contains("<pubDate>Fri, 20 Nov 2026 18:00:00 GMT</pubDate>"), xml);
    }
}
