package fr.pitchoun.cms.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where a link editors type may lead: a path of the site ({@code /direct}, {@code /pages/qui-sommes-nous}) or an https
 * address. Anything else ({@code javascript:}, {@code data:}, {@code //other.site}, plain http) is refused.
 */
public final class LinkTargets {

    public static final int MAX_LENGTH = 500;

    private LinkTargets() {
    }

    /** The French message saying what is wrong with a typed target, or empty when the site may link to it. */
    public static Optional<String> problem(String target) {
        if (target.length() > MAX_LENGTH) {
            return Optional.of("Le lien ne doit pas dépasser " + MAX_LENGTH + " caractères.");
        }
        if (target.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return Optional.of("Le lien ne doit pas contenir d'espace.");
        }
        if (target.startsWith("/") && !target.startsWith("//") && !target.contains("\\") && parses(target)) {
            return Optional.empty();
        }
        if (target.startsWith("https://") && parses(target) && URI.create(target).getHost() != null) {
            return Optional.empty();
        }
        return Optional.of("Le lien doit être une adresse du site commençant par « / » (exemple : /direct) "
                + "ou une adresse commençant par « https:// ».");
    }

    private static boolean parses(String target) {
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
