package fr.pitchoun.auth.learning;

import java.util.Arrays;
import java.util.Optional;

/** The xAPI verbs of Pitchoun's statements; {@code answered} is a child's answers to an episode's quiz. */
public enum Verb {
    PLAYED("played", "https://w3id.org/xapi/video/verbs/played", "a regardé ou écouté"),
    COMPLETED("completed", "http://adlnet.gov/expapi/verbs/completed", "a terminé"),
    ANSWERED("answered", "http://adlnet.gov/expapi/verbs/answered", "a répondu");

    private final String code;
    private final String iri;
    private final String display;

    Verb(String code, String iri, String display) {
        this.code = code;
        this.iri = iri;
        this.display = display;
    }

    public String code() {
        return code;
    }

    public String iri() {
        return iri;
    }

    public String display() {
        return display;
    }

    public static Optional<Verb> ofCode(String code) {
        return Arrays.stream(values()).filter(verb -> verb.code.equals(code)).findFirst();
    }

    public static Optional<Verb> ofIri(String iri) {
        return Arrays.stream(values()).filter(verb -> verb.iri.equals(iri)).findFirst();
    }
}
