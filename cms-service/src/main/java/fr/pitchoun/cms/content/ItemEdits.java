package fr.pitchoun.cms.content;

import fr.pitchoun.cms.form.FieldErrors;
import fr.pitchoun.cms.form.FormOutcome;
import fr.pitchoun.cms.form.FormText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How an editor's form creates or changes any publishable item with a slug: trimmed and checked first (nothing
 * stored when something is wrong), then applied, a renamed slug kept as a redirect, and the change recorded (audit
 * trail and content-changed event). Each kind says what is particular to it through {@link Kind}.
 */
@ApplicationScoped
public class ItemEdits {

    /** What a kind of item brings to the common flow. */
    public interface Kind<F, E extends PublishableEntity> {

        ContentType type();

        /** The French messages for what is wrong in the (trimmed) form; {@code current} is null for a creation. */
        FieldErrors check(F form, E current);

        /** Copies a checked form onto the item. */
        void apply(F form, E item);

        /** The form showing the item as stored, to tell which fields a change touched. */
        F formOf(E item);

        /** Form fields in page order, and their French names for the audit trail. */
        List<String> fields();

        Map<String, String> labels();

        /** The key the item's old address is kept under as a redirect: its slug, unless slugs are unique per parent. */
        default String redirectKey(E item) {
            return item.visibility().slug();
        }

        /** What the audit trail adds to the change's summary (" Contenu nettoyé, …"); nothing by default. */
        default String auditNote(F form) {
            return "";
        }
    }

    private final ContentChanges changes;

    ItemEdits(ContentChanges changes) {
        this.changes = changes;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <F, E extends PublishableEntity> FormOutcome<F, E> create(Kind<F, E> kind, F typed, Supplier<E> newItem,
                                                                     Actor who) {
        F form = FormText.trimmed(typed);
        FieldErrors errors = kind.check(form, null);
        if (!errors.isEmpty()) {
            return new FormOutcome<>(form, errors, null);
        }
        E item = newItem.get();
        kind.apply(form, item);
        item.persist();
        changes.record(kind.type(), item.itemId(), AuditAction.CREATED,
                "État : " + item.status.label() + "." + kind.auditNote(form), who, ContentChanges.Visibility.HIDDEN,
                item.visibility());
        return new FormOutcome<>(form, errors, item);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <F, E extends PublishableEntity> FormOutcome<F, E> update(Kind<F, E> kind, E item, F typed, Actor who) {
        F form = FormText.trimmed(typed);
        FieldErrors errors = kind.check(form, item);
        if (!errors.isEmpty()) {
            return new FormOutcome<>(form, errors, item);
        }
        ContentChanges.Visibility before = item.visibility();
        PublicationState stateBefore = item.status;
        String changed = ChangeSummary.between(kind.formOf(item), form, kind.fields(), kind.labels());
        String oldKey = kind.redirectKey(item);
        kind.apply(form, item);
        String newKey = kind.redirectKey(item);
        if (!oldKey.equals(newKey)) {
            SlugRedirect.remember(kind.type(), oldKey, newKey, item.itemId());
        }
        changes.record(kind.type(), item.itemId(), PublicationFields.actionFor(stateBefore, item.status),
                changed + kind.auditNote(form), who, before, item.visibility());
        return new FormOutcome<>(form, errors, item);
    }

    /** Deletes the item, recording {@code details} ("« Titre » et ses versions.") and unpublishing it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends PublishableEntity> E delete(ContentType type, E item, String details, Actor who) {
        changes.record(type, item.itemId(), AuditAction.DELETED, details, who, item.visibility(),
                ContentChanges.Visibility.HIDDEN);
        item.delete();
        return item;
    }
}
