package fr.pitchoun.cms.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rich text of pages and news: the limited HTML editors type, cleaned against an allow-list before it is stored,
 * so the site and the API only ever get the clean HTML. What the cleaning removed is named (as short codes, see
 * {@link #describe}) so the editor can be told.
 */
public final class RichText {

    /** Images come from the media library only: {@code /medias/<id>/large} or {@code /medias/<id>/thumb}. */
    private static final Pattern LIBRARY_IMAGE = Pattern.compile("/medias/(\\d{1,18})/(large|thumb)");
    /** Only used to resolve relative addresses while checking their scheme; never written out. */
    private static final String BASE = "https://site.pitchoun.invalid/";
    private static final Pattern CODE = Pattern.compile("(@[a-z][a-z0-9-]{0,30}|[a-z][a-z0-9]{0,15}:?|image)");

    private static final Safelist ALLOWED = new Safelist()
            .addTags("h2", "h3", "h4", "p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote",
                    "a", "img", "figure", "figcaption")
            .addAttributes("a", "href", "title", "target")
            .addProtocols("a", "href", "https", "http", "mailto", "tel")
            .addAttributes("img", "src", "alt", "width", "height")
            .addProtocols("img", "src", "https")
            .preserveRelativeLinks(true);

    /** The stored HTML and the codes of what was removed, in the order met. */
    public record Cleaned(String html, List<String> removed) {
        public boolean changed() {
            return !removed.isEmpty();
        }

        /** Nothing left to show (only white space or removed markup). */
        public boolean isBlank() {
            return Jsoup.parseBodyFragment(html).body().text().isBlank()
                    && Jsoup.parseBodyFragment(html).select("img").isEmpty();
        }
    }

    private RichText() {
    }

    /**
     * Cleans what an editor typed. {@code libraryAlt} gives the alternative text of a media library image by id, or
     * null when there is no such image: an image from anywhere else is removed, an image without alt gets the
     * library's.
     */
    public static Cleaned clean(String source, LongFunction<String> libraryAlt) {
        Document typed = Jsoup.parseBodyFragment(source == null ? "" : source, BASE);
        Set<String> removed = new LinkedHashSet<>();
        for (Element image : typed.body().select("img")) {
            Matcher library = LIBRARY_IMAGE.matcher(image.attr("src"));
            String alt = library.matches() ? libraryAlt.apply(Long.parseLong(library.group(1))) : null;
            if (alt == null) {
                removed.add("image");
                image.remove();
            } else if (image.attr("alt").isBlank()) {
                image.attr("alt", alt);
            }
        }
        for (Element element : typed.body().getAllElements()) {
            if (element == typed.body()) {
                continue;
            }
            if (!ALLOWED.isSafeTag(element.normalName())) {
                removed.add(element.normalName());
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                if (!ALLOWED.isSafeAttribute(element.normalName(), element, attribute)) {
                    removed.add(isAddress(attribute) ? schemeOf(attribute) : "@" + attribute.getKey());
                }
            }
        }
        Document clean = new Cleaner(ALLOWED).clean(typed);
        for (Element link : clean.body().select("a[target]")) {
            if (link.attr("target").equals("_blank")) {
                // A page opened elsewhere must not get a handle on the site's window.
                link.attr("rel", "noopener noreferrer");
            } else {
                removed.add("@target");
                link.removeAttr("target");
            }
        }
        // One block a line, no indentation: easy to re-edit in the text area, the same page in a browser.
        clean.outputSettings().prettyPrint(true).indentAmount(0).outline(false);
        return new Cleaned(clean.body().html().strip(), new ArrayList<>(removed));
    }

    /**
     * What the codes of {@link Cleaned#removed()} mean, in French, for the editor ("balise script, attribut
     * onclick, adresse javascript:"); codes not made by this class are ignored (they may come back in a URL).
     */
    public static String describe(String codes) {
        if (codes == null) {
            return "";
        }
        List<String> words = new ArrayList<>();
        for (String code : codes.split(",")) {
            if (!CODE.matcher(code).matches() || words.size() == 12) {
                continue;
            }
            if (code.equals("image")) {
                words.add("image hors médiathèque");
            } else if (code.startsWith("@")) {
                words.add("attribut " + code.substring(1));
            } else if (code.endsWith(":")) {
                words.add("adresse " + code);
            } else {
                words.add("balise " + code);
            }
        }
        return String.join(", ", words);
    }

    private static boolean isAddress(Attribute attribute) {
        return attribute.getKey().equals("href") || attribute.getKey().equals("src");
    }

    /** "javascript:" for href="JavaScript:alert(1)"; the attribute itself when no scheme can be read. */
    private static String schemeOf(Attribute address) {
        String compact = address.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        int colon = compact.indexOf(':');
        String scheme = colon > 0 ? compact.substring(0, colon) : "";
        return scheme.matches("[a-z][a-z0-9]{0,15}") ? scheme + ":" : "@" + address.getKey();
    }
}
