package fr.pitchoun.cms.content;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.LongFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The allow-list of the rich text of pages and news, without the service. */
class RichTextTest {

    /** A media library that has image 12 only. */
    private static final LongFunction<String> LIBRARY = id -> id == 12 ? "Les animateurs de Pitchoun TV" : null;

    @Test
    void allowedFormattingIsKeptAsTyped() {
        String typed = "<h2>Notre histoire</h2><p>Un <strong>groupe</strong> <em>familial</em>.<br>Depuis 2010.</p>"
                + "<ul><li>deux chaînes</li><li>des radios</li></ul><ol><li>un</li></ol><blockquote>Citation</blockquote>"
                + "<p><a href=\"https://www.pitchoun.fr/\" title=\"Le site\">site</a> <a href=\"/programmes/mission-ocean\">"
                + "programme</a> <a href=\"mailto:contact@pitchoun.fr\">écrire</a></p>";

        RichText.Cleaned cleaned = RichText.clean(typed, LIBRARY);

        assertEquals(typed, oneLine(cleaned));
        assertTrue(cleaned.html().startsWith("<h2>Notre histoire</h2>\n<p>"), "one block a line, to re-edit");
        assertFalse(cleaned.changed());
    }

    @Test
    void scriptsEventHandlersStylesFramesAndJavascriptLinksAreRemovedAndNamed() {
        String typed = "<p onclick=\"steal()\" style=\"color:red\">Bonjour</p><script>alert('x')</script>"
                + "<a href=\"javascript:alert(1)\">piège</a><a href=\" JaVaScRiPt:alert(2)\">piège 2</a>"
                + "<iframe src=\"https://ailleurs.example/\"></iframe><img src=x onerror=\"alert(3)\">";

        RichText.Cleaned cleaned = RichText.clean(typed, LIBRARY);

        assertEquals("<p>Bonjour</p><a>piège</a><a>piège 2</a>", oneLine(cleaned));
        assertEquals(List.of("image", "@onclick", "@style", "script", "javascript:", "iframe"), cleaned.removed());
        assertEquals("image hors médiathèque, attribut onclick, attribut style, balise script, adresse javascript:, "
                + "balise iframe", RichText.describe(String.join(",", cleaned.removed())));
    }

    @Test
    void linksOpeningElsewhereGetNoopenerAndOtherTargetsAreDropped() {
        RichText.Cleaned cleaned = RichText.clean("<a href=\"https://kinow.example/\" target=\"_blank\">Kinow</a>"
                + "<a href=\"https://a.example/\" target=\"_top\">A</a>", LIBRARY);

        assertEquals("<a href=\"https://kinow.example/\" target=\"_blank\" rel=\"noopener noreferrer\">Kinow</a>"
                + "<a href=\"https://a.example/\">A</a>", oneLine(cleaned));
        assertEquals(List.of("@target"), cleaned.removed());
    }

    @Test
    void imagesComeFromTheMediaLibraryOnlyAndGetItsAltText() {
        RichText.Cleaned cleaned = RichText.clean("<figure><img src=\"/medias/12/large\"><figcaption>L'équipe"
                + "</figcaption></figure><img src=\"/medias/99/large\"><img src=\"https://ailleurs.example/a.png\">",
                LIBRARY);

        assertEquals("<figure><img src=\"/medias/12/large\" alt=\"Les animateurs de Pitchoun TV\"><figcaption>"
                + "L'équipe</figcaption></figure>", oneLine(cleaned));
        assertEquals(List.of("image"), cleaned.removed());
    }

    @Test
    void onlyRemovedMarkupMeansNothingLeftToShow() {
        assertTrue(RichText.clean("<script>alert(1)</script><style>p{}</style>", LIBRARY).isBlank());
        assertFalse(RichText.clean("<img src=\"/medias/12/thumb\">", LIBRARY).isBlank());
    }

    /** The stored HTML without the line breaks put between blocks. */
    private static String oneLine(RichText.Cleaned cleaned) {
        return cleaned.html().replace("\n", "");
    }

    @Test
    void codesThatTheCleaningDidNotMakeAreNotShown() {
        assertEquals("balise script", RichText.describe("script,<b>Votre compte est bloqué</b>,"));
    }
}
