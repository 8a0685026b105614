package fr.pitchoun.cms.content;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * The one place every change to an item goes through, in the transaction of the change: it writes the audit entry
 * and, when what the site may show has changed, the content-changed event into the outbox. So an event exists if and
 * only if its change committed.
 */
@ApplicationScoped
public class ContentChanges {

    /** What the site could see of an item: whether it was public, and under which slug. */
    public record Visibility(boolean isPublic, String slug, String parentSlug) {
        public static final Visibility HIDDEN = new Visibility(false, null, null);
    }

    private final ContentOutbox outbox;

    ContentChanges(ContentOutbox outbox) {
        this.outbox = outbox;
    }

    /** Publishes the SCHEDULED items whose time has come, each as the scheduler's change; how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int publishDue(ContentType type, List<? extends PublishableEntity> due) {
        for (PublishableEntity item : due) {
            Visibility before = item.visibility();
            item.status = PublicationState.PUBLISHED;
            record(type, item.itemId(), AuditAction.PUBLISHED, "Publication prévue à l'heure dite.", Actor.SCHEDULER,
                    before, item.visibility());
        }
        return due.size();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ContentType type, long id, AuditAction action, String details, Actor who,
                       Visibility before, Visibility after) {
        AuditEntry entry = new AuditEntry();
        entry.contentType = type;
        entry.contentId = id;
        entry.action = action;
        entry.editorId = who.editorId();
        entry.editorName = who.name();
        entry.details = details.length() > 2000 ? details.substring(0, 1999) + "…" : details;
        entry.at = Instant.now();
        entry.persist();

        // Drafts never leak: a change the site could not see sends nothing.
        if (after.isPublic()) {
            announce(type, id, after, before.isPublic() ? ContentAction.UPDATED : ContentAction.PUBLISHED);
        } else if (before.isPublic()) {
            announce(type, id, before, ContentAction.UNPUBLISHED);
        }
    }

    /** {@code shown}: the item as the site knows it, whose address the event names. */
    private void announce(ContentType type, long id, Visibility shown, ContentAction action) {
        outbox.append(type, id, shown.slug(), shown.parentSlug(), action.wireName());
    }

    public List<AuditEntry> trail(ContentType type, long id) {
        return AuditEntry.list("contentType = ?1 and contentId = ?2", Sort.descending("at").and("id", Sort.Direction.Descending),
                type, id);
    }
}
