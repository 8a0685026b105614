package fr.pitchoun.frontend.replay;

import fr.pitchoun.frontend.catalogue.Programme;

import java.util.Arrays;
import java.util.Optional;

/** The age bands the replay page filters by: a programme belongs to every band its recommended ages overlap. */
public enum AgeBand {
    PETITS("4-6", 4, 6),
    MOYENS("7-9", 7, 9),
    GRANDS("10-12", 10, 12);

    private final String slug;
    private final int min;
    private final int max;

    AgeBand(String slug, int min, int max) {
        this.slug = slug;
        this.min = min;
        this.max = max;
    }

    /** The query value ({@code /replay?age=4-6}). */
    public String slug() {
        return slug;
    }

    /** « 4 à 6 ans ». */
    public String label() {
        return min + " à " + max + " ans";
    }

    public boolean includes(Programme programme) {
        return programme.ageMin() <= max && programme.ageMax() >= min;
    }

    /** The band of a query value; empty for none or one that names no band. */
    public static Optional<AgeBand> of(String slug) {
        return Arrays.stream(values()).filter(band -> band.slug.equals(slug)).findFirst();
    }
}
