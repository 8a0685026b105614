package fr.pitchoun.cms.content;

/** What a content-changed event says happened to an item on the site (deploy/CONTRACTS.md, field {@code action}). */
public enum ContentAction {
    /** Now on the site. */
    PUBLISHED("PUBLISHED"),
    /** On the site, changed (possibly its slug). */
    UPDATED("UPDATED"),
    /** No longer on the site (unpublished, archived or deleted). */
    UNPUBLISHED("UNPUBLISHED");

    private final String wireName;

    ContentAction(String wireName) {
        this.wireName = wireName;
    }

    /** The name the event carries; part of the contract, so it never follows a rename of the constant. */
    public String wireName() {
        return wireName;
    }
}
