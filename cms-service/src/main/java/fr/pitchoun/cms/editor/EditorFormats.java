package fr.pitchoun.cms.editor;

import io.quarkus.qute.TemplateExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates read in the editors' pages: French format, on the group's (Paris) clock. */
@TemplateExtension
final class EditorFormats {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter
            .ofPattern("d MMM yyyy 'à' HH:mm", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    private EditorFormats() {
    }

    static String inFrench(Instant instant) {
        return instant == null ? "" : FRENCH.format(instant);
    }

    /** "25 novembre 2026". */
    static String inFrench(LocalDate date) {
        return date == null ? "" : FRENCH_DATE.format(date);
    }

    /** For search terms carried in the pagination links. */
    static String urlEncode(String text) {
        return text == null ? "" : URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
