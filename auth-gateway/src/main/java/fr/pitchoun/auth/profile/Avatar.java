package fr.pitchoun.auth.profile;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The avatars a child can pick; the site draws them, the API exchanges their lower-case code. */
public enum Avatar {
    FOX, OWL, RABBIT, BEAR, CAT, TURTLE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Avatar> ofCode(String code) {
        return Arrays.stream(values()).filter(avatar -> avatar.code().equals(code)).findFirst();
    }

    /** The codes the API accepts, for messages: "fox, owl, …". */
    static String allCodes() {
        return Arrays.stream(values()).map(Avatar::code).collect(Collectors.joining(", "));
    }
}
