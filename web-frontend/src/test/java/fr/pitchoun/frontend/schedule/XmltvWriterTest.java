package fr.pitchoun.frontend.schedule;

import fr.pitchoun.frontend.catalogue.ScheduleSlot;
import fr.pitchoun.frontend.catalogue.TvChannel;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /guide.xml validated against XMLTV's own DTD (Debian's libxmltv-perl, installed by `pitchoun test`). */
class XmltvWriterTest {

    private static final Path DTD = Path.of("/usr/share/sgml/xmltv/dtd/0.5/xmltv.dtd");

    @Test
    void theWeekIsValidXmltvWithEveryChannelAndSlot() throws Exception {
        assertTrue(Files.exists(DTD), "XMLTV's DTD is missing: apt-get install libxmltv-perl");
        Instant start = Instant.parse("2026-12-03T14:00:00Z");
        List<GuideExport.ChannelWeek> week = List.of(
                new GuideExport.ChannelWeek(new TvChannel("pitchoun-tv", "Pitchoun TV"), List.of(
                        new ScheduleSlot(start, start.plusSeconds(1800), "Les Zoupis & « amis »", "les-zoupis"),
                        new ScheduleSlot(start.plusSeconds(1800), start.plusSeconds(3600), "Dessins animés", null))),
                new GuideExport.ChannelWeek(new TvChannel("pitchoun-junior", "Pitchoun Junior"), List.of()));

        String xml = XmltvWriter.write(week, URI.create("https://tv.example.fr/"));

        Document document = validated(xml);
        assertEquals(2, document.getElementsByTagName("channel").getLength());
        assertEquals(2, document.getElementsByTagName("programme").getLength());
        var first = (org.w3c.dom.Element) document.getElementsByTagName("programme").item(0);
        assertEquals("20261203140000 +0000", first.getAttribute("start"));
        assertEquals("20261203143000 +0000", first.getAttribute("stop"));
        assertEquals("pitchoun-tv", first.getAttribute("channel"));
        assertEquals("Les Zoupis & « amis »", first.getElementsByTagName("title").item(0).getTextContent(),
                "the title escaped and read back whole");
        assertEquals("https://tv.example.fr/programmes/les-zoupis",
                first.getElementsByTagName("url").item(0).getTextContent());
    }

    /** Parsed with DTD validation on: any validity error fails the test. */
    private static Document validated(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> systemId.endsWith("xmltv.dtd")
                ? new InputSource(Files.newInputStream(DTD)) : null);
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        return builder.parse(new InputSource(new StringReader(xml)));
    }
}
