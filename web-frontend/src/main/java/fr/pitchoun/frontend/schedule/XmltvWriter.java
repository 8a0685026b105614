package fr.pitchoun.frontend.schedule;

import fr.pitchoun.frontend.catalogue.ScheduleSlot;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The week's schedule as XMLTV (the format TV boxes and IPTV apps read; xmltv.dtd): the channels first, then every
 * programme with its start and stop in UTC, its title in French and the programme's page when it is published.
 */
final class XmltvWriter {

    /** XMLTV's date form, with its zone written out. */
    private static final DateTimeFormatter XMLTV_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss Z")
            .withZone(ZoneOffset.UTC);
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private XmltvWriter() {
    }

    /** {@code site}: the site's address, for the channels' and programmes' pages. */
    static String write(List<GuideExport.ChannelWeek> week, URI site) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeDTD("<!DOCTYPE tv SYSTEM \"xmltv.dtd\">");
            xml.writeStartElement("tv");
            xml.writeAttribute("source-info-name", "Pitchoun");
            xml.writeAttribute("source-info-url", site.resolve("/grille").toString());
            xml.writeAttribute("generator-info-name", "Pitchoun web-frontend");
            for (GuideExport.ChannelWeek channel : week) {
                xml.writeStartElement("channel");
                xml.writeAttribute("id", channel.channel().slug());
                text(xml, "display-name", channel.channel().name());
                element(xml, "url", site.resolve("/direct/" + channel.channel().slug()).toString());
                xml.writeEndElement();
            }
            for (GuideExport.ChannelWeek channel : week) {
                for (ScheduleSlot slot : channel.slots()) {
                    xml.writeStartElement("programme");
                    xml.writeAttribute("start", time(slot.startsAt()));
                    xml.writeAttribute("stop", time(slot.endsAt()));
                    xml.writeAttribute("channel", channel.channel().slug());
                    text(xml, "title", slot.title());
                    if (slot.programmeSlug() != null) {
                        element(xml, "url", site.resolve("/programmes/" + slot.programmeSlug()).toString());
                    }
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("XMLTV not written", e);
        }
        return text.toString();
    }

    static String time(Instant instant) {
        return XMLTV_TIME.format(instant);
    }

    /** A text in French. */
    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeAttribute("lang", "fr");
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
