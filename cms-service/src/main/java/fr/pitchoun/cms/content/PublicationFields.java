package fr.pitchoun.cms.content;

import fr.pitchoun.cms.form.FieldErrors;

import java.time.Instant;

/** The state and publication date every item's form has, checked the same way everywhere. */
public final class PublicationFields {

    private PublicationFields() {
    }

    /**
     * The publication date of a SCHEDULED item (required, in the future), null for other states; adds the messages
     * to {@code errors} under "status" and "publishAt".
     */
    public static Instant check(String status, String publishAt, FieldErrors errors, Instant now) {
        if (errors.has("status") || !PublicationState.SCHEDULED.name().equals(status)) {
            return null;
        }
        if (publishAt == null || publishAt.isBlank()) {
            errors.add("publishAt", "Indiquez la date et l'heure de publication.");
            return null;
        }
        Instant at = ParisTime.parseField(publishAt).orElse(null);
        if (at == null) {
            errors.add("publishAt", "La date de publication n'est pas valide (exemple : 2026-12-01T18:30).");
        } else if (!at.isAfter(now)) {
            errors.add("publishAt", "La date de publication doit être dans le futur ; pour publier tout de suite, choisissez « Publié ».");
        }
        return at;
    }

    /** The audit action for a move from one state to another, for a change that is not a creation. */
    public static AuditAction actionFor(PublicationState before, PublicationState after) {
        if (before == after) {
            return AuditAction.UPDATED;
        }
        return switch (after) {
            case PUBLISHED -> AuditAction.PUBLISHED;
            case SCHEDULED -> AuditAction.SCHEDULED;
            case ARCHIVED -> AuditAction.ARCHIVED;
            case DRAFT -> AuditAction.UNPUBLISHED;
        };
    }
}
