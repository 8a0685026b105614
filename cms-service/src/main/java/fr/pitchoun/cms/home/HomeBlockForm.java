package fr.pitchoun.cms.home;

import fr.pitchoun.cms.content.ParisTime;
import fr.pitchoun.cms.content.PublicationState;
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
 * which fields the form shows and {@link HomePage} checks; the checks that do not depend on it are here.
 */
public class HomeBlockForm {

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

    @RestForm
    @Pattern(regexp = PublicationState.FORM_PATTERN, message = "Choisissez un statut.")
    public String status = PublicationState.DRAFT.name();

    @RestForm
    public String publishAt = "";

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
        form.status = block.status.name();
        form.publishAt = ParisTime.field(block.publishAt);
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

    /** Browsers send untrimmed text; spaces around a value are never meaningful here. */
    HomeBlockForm trimmed() {
        HomeBlockForm copy = new HomeBlockForm();
        copy.kind = trim(kind);
        copy.title = trim(title);
        copy.body = trim(body);
        copy.image = trim(image);
        copy.linkLabel = trim(linkLabel);
        copy.linkTarget = trim(linkTarget);
        copy.programmes = programmes == null ? new ArrayList<>()
                : new ArrayList<>(programmes.stream().map(HomeBlockForm::trim).filter(s -> !s.isEmpty()).toList());
        copy.channel = trim(channel);
        copy.podcastShow = trim(podcastShow);
        copy.eventCount = trim(eventCount);
        copy.status = trim(status);
        copy.publishAt = trim(publishAt);
        return copy;
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

    static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
