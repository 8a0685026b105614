package fr.pitchoun.cms.content;

import java.util.Locale;

/** The kinds of item the CMS owns, as named in the audit trail, slug redirects and content-changed events. */
public enum ContentType {
    PROGRAMME,
    EPISODE,
    SCHEDULE_SLOT,
    MEDIA,
    RADIO,
    EVENT,
    PAGE,
    NEWS,
    HOME_PAGE,
    MENU,
    /** An episode's quiz: its events name the episode (slug) and its programme (parentSlug). */
    QUIZ,
    /** A live channel of live-ingest-service (known by its slug: content id 0, slug in the details). */
    CHANNEL;

    /** The name in events: lower-case, stable ("programme", "episode", "schedule_slot"). */
    public String eventName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
