package fr.pitchoun.auth.learning;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a child can play on the site, how the site names one (two parts) and the xAPI activity type of it. The IRI
 * of an item is {@code {activity-base}/{section}/{first}/{second}}, e.g. the episode's page on the site.
 */
public enum ItemKind {
    /** A replay episode: programme slug / episode slug. */
    EPISODE("episode", "programmes", "https://w3id.org/xapi/video/activity-type/video", Parts.SLUG),
    /** A podcast episode: show slug / episode slug. */
    PODCAST_EPISODE("podcast-episode", "podcasts", "http://activitystrea.ms/schema/1.0/audio", Parts.SLUG),
    /** A programme of the live channel's schedule: channel slug / start of the slot (RFC 3339, UTC). */
    LIVE_PROGRAMME("live-programme", "direct", "https://w3id.org/xapi/video/activity-type/video", Parts.SLOT),
    /** The quiz of a replay episode: programme slug / episode slug; its IRI is the episode's followed by /quiz. */
    QUIZ("quiz", "programmes", "http://adlnet.gov/expapi/activities/assessment", Parts.SLUG);

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,119}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

    private enum Parts { SLUG, SLOT }

    private final String code;
    private final String section;
    private final String activityType;
    private final Parts parts;

    ItemKind(String code, String section, String activityType, Parts parts) {
        this.code = code;
        this.section = section;
        this.activityType = activityType;
        this.parts = parts;
    }

    public String code() {
        return code;
    }

    public String activityType() {
        return activityType;
    }

    public static Optional<ItemKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }

    /** Whether the two parts name an item of this kind (slugs; a live slot's start as a UTC instant). */
    boolean names(String first, String second) {
        return first != null && second != null && SLUG.matcher(first).matches()
                && (parts == Parts.SLUG ? SLUG : INSTANT).matcher(second).matches();
    }

    String iri(String activityBase, String first, String second) {
        return activityBase + "/" + section + "/" + first + "/" + second + (this == QUIZ ? "/quiz" : "");
    }
}
