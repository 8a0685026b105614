package fr.pitchoun.cms.home;

import fr.pitchoun.cms.editor.PublicationForm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an editor typed in a home block's form, kept as text so that it can be shown back as typed. The kind decides
 * which fields the form shows and {@link HomePageComposer} checks; the checks that do not depend on it are here.
 */
public class HomeBlockForm extends PublicationForm {

    /** How many programmes a carousel may list. */
    static final int MAX_PROGRAMMES = 8;
    static final List<String> FIELDS = List.of("kind", "title", "body", "image", "linkLabel", "linkTarget",
            "programmes", "channel", "podcastShow", "eventCount", "status", "publishAt");
    static final Map<String, String> LABELS = Map.ofEntries(Map.entry("title", "titre"), Map.entry("body", "texte"),
            Map.entry("image", "image"), Map.entry("linkLabel", "texte du lien"), Map.entry("linkTarget", "lien"),
            Map.entry("programmes", "programmes"), Map.entry("channel", "chaîne"),
            Map.entry("podcastShow", "émission de podcast"), Map.entry("eventCount", "nombre d'événements"),
            Map.entry("status", "statut"), Map.entry("publishAt", "date de publication"));

    @RestForm
    @Pattern(regexp = BlockKind.FORM_PATTERN, message = "Choisissez un type de bloc.")
    public String kind = "";

    @RestForm
    @NotBlank(message = "Indiquez le titre du bloc.")
    @Size(max = 120, message = "Le titre ne doit pas dépasser 120 caractères.")
    public String title = "";

    @RestForm
    @Size(max = 1000, message = "Le texte ne doit pas dépasser 1000 caractères.")
    public String body = "";

    /** The media library id of the image, empty for none. */
    @RestForm
    public String image = "";

    @RestForm
    @Size(max = 80, message = "Le texte du lien ne doit pas dépasser 80 caractères.")
    public String linkLabel = "";

    @RestForm
    public String linkTarget = "";

    /** Slugs of the carousel's programmes, in the order of the form's selects (empty ones ignored). */
    @RestForm
    public List<String> programmes = new ArrayList<>();

    @RestForm
    public String channel = "";

    @RestForm
    public String podcastShow = "";

    @RestForm
    public String eventCount = "";


    static HomeBlockForm of(HomeBlock block) {
        HomeBlockForm form = new HomeBlockForm();
        form.kind = block.kind.name();
        form.title = block.title;
        form.body = block.body;
        form.image = block.image == null ? "" : String.valueOf(block.image.id);
        form.linkLabel = orEmpty(block.linkLabel);
        form.linkTarget = orEmpty(block.linkTarget);
        form.programmes = new ArrayList<>(block.programmes.stream().filter(Objects::nonNull).map(p -> p.slug).toList());
        form.channel = orEmpty(block.channelSlug);
        form.podcastShow = orEmpty(block.podcastShow);
        form.eventCount = block.eventCount == null ? "" : String.valueOf(block.eventCount);
        form.showPublication(block);
        return form;
    }

    /** A new block's form: events blocks show three by default. */
    static HomeBlockForm blank(BlockKind kind) {
        HomeBlockForm form = new HomeBlockForm();
        form.kind = kind.name();
        if (kind == BlockKind.EVENTS) {
            form.eventCount = "3";
        }
        return form;
    }

    /** The kind this form is for (only called once {@code kind} is known to be valid). */
    BlockKind blockKind() {
        return BlockKind.valueOf(kind);
    }

    /** The chosen programmes padded with empty choices, one select each on the page. */
    public List<String> programmeSlots() {
        List<String> slots = new ArrayList<>(programmes);
        while (slots.size() < MAX_PROGRAMMES) {
            slots.add("");
        }
        return slots;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

}
