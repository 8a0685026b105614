package fr.pitchoun.frontend.podcastfeed;

import fr.pitchoun.frontend.podcast.PodcastEpisode;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The family's feed as podcast apps read it: RSS 2.0 with Apple's iTunes namespace (image, duration, explicit,
 * author, season), one {@code <enclosure url length type>} per episode, Ausha's guid, RFC 822 dates. Written with
 * StAX, which escapes every text and attribute.
 */
final class FeedWriter {

    static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    static final String AUTHOR = "Pitchoun Médias";
    /** RFC 822 as RSS 2.0 asks (with a four-digit year, as every reader expects), always in GMT. */
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private FeedWriter() {
    }

    /** {@code siteUrl}: this site's public base address, for the channel's and episodes' links. */
    static String write(String siteUrl, List<FeedItem> items, Instant now) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("itunes", ITUNES);
            xml.writeStartElement("channel");
            text(xml, "title", "Les podcasts Pitchoun de la famille");
            text(xml, "link", siteUrl + "/podcasts");
            text(xml, "description", "Toutes les émissions de Pitchoun et les exclusivités MyPitchoun+, pour la "
                    + "famille abonnée. Flux privé : ne le partagez pas.");
            text(xml, "language", "fr-fr");
            text(xml, "lastBuildDate", RFC_822.format(now));
            itunes(xml, "author", AUTHOR);
            itunes(xml, "explicit", "false");
            // Private: directories that find it must not list it.
            itunes(xml, "block", "Yes");
            items.stream().map(FeedItem::showImageUrl).filter(url -> url != null && !url.isBlank()).findFirst()
                    .ifPresent(url -> image(xml, url));
            for (FeedItem item : items) {
                item(xml, siteUrl, item);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The feed could not be written", e);
        }
        return out.toString();
    }

    private static void item(XMLStreamWriter xml, String siteUrl, FeedItem item) throws XMLStreamException {
        PodcastEpisode episode = item.episode();
        xml.writeStartElement("item");
        text(xml, "title", item.showTitle() + " : " + episode.title());
        text(xml, "link", siteUrl + "/podcasts/" + item.showSlug() + "/" + episode.slug());
        if (episode.description() != null) {
            text(xml, "description", episode.description());
        }
        xml.writeStartElement("guid");
        xml.writeAttribute("isPermaLink", "false");
        xml.writeCharacters(episode.guid() != null ? episode.guid() : "pitchoun:" + item.showSlug() + "/"
                + episode.slug());
        xml.writeEndElement();
        text(xml, "pubDate", RFC_822.format(episode.publishedAt()));
        xml.writeEmptyElement("enclosure");
        xml.writeAttribute("url", item.audioUrl());
        // Ausha's file size when it gave one; RSS readers take 0 as "unknown" and read the real one when downloading.
        xml.writeAttribute("length", String.valueOf(episode.audioSizeBytes() == null ? 0 : episode.audioSizeBytes()));
        xml.writeAttribute("type", "audio/mpeg");
        itunes(xml, "author", AUTHOR);
        itunes(xml, "duration", String.valueOf(episode.durationSeconds()));
        itunes(xml, "explicit", episode.explicit() ? "true" : "false");
        if (episode.seasonNumber() != null) {
            itunes(xml, "season", String.valueOf(episode.seasonNumber()));
        }
        String image = episode.imageUrl() != null ? episode.imageUrl() : item.showImageUrl();
        if (image != null && !image.isBlank()) {
            image(xml, image);
        }
        xml.writeEndElement();
    }

    private static void image(XMLStreamWriter xml, String url) {
        try {
            xml.writeEmptyElement("itunes", "image", ITUNES);
            xml.writeAttribute("href", url);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The feed could not be written", e);
        }
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void itunes(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement("itunes", element, ITUNES);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
