package fr.pitchoun.cms.content;

import java.util.Locale;

/** Where an item stands: only PUBLISHED items reach the site. */
public enum PublicationState {
    DRAFT("Brouillon"),
    SCHEDULED("Programmé"),
    PUBLISHED("Publié"),
    ARCHIVED("Archivé");

    private final String label;

    PublicationState(String label) {
        this.label = label;
    }

    /** French name shown to editors. */
    public String label() {
        return label;
    }

    /** Lower-case name, for CSS classes and template comparisons. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isPublic() {
        return this == PUBLISHED;
    }

    /** The state a list's filter names ("PUBLISHED"); null for none or an unknown name (no filter). */
    public static PublicationState fromFilter(String name) {
        return java.util.Arrays.stream(values()).filter(state -> state.name().equals(name)).findFirst().orElse(null);
    }

    /** Form values as the state selects send them. */
    public static final String FORM_PATTERN = "DRAFT|SCHEDULED|PUBLISHED|ARCHIVED";
}
