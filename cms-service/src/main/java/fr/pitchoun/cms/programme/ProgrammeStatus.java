package fr.pitchoun.cms.programme;

import java.util.Locale;

public enum ProgrammeStatus {
    DRAFT("Brouillon"),
    PUBLISHED("Publié");

    private final String label;

    ProgrammeStatus(String label) {
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
}
