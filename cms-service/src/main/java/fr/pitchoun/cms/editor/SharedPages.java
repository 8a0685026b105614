package fr.pitchoun.cms.editor;

import fr.pitchoun.cms.content.AuditEntry;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The editors' pages every kind of content has alike: an item's audit trail and the question before deleting it. */
@ApplicationScoped
public class SharedPages {

    private final Template history;
    private final Template confirmDelete;

    SharedPages(@Location("contenu/historique.html") Template history,
                @Location("contenu/suppression.html") Template confirmDelete) {
        this.history = history;
        this.confirmDelete = confirmDelete;
    }

    /** {@code section}: the editors' menu entry to mark as current; {@code title}: "bloc « … »"... */
    public TemplateInstance history(String section, String title, String back, List<AuditEntry> entries) {
        return history.data("section", section).data("title", title).data("back", back).data("entries", entries);
    }

    /** {@code what}: "le bloc « … »"; {@code action}: where the confirmation posts; {@code hint}: what else to do. */
    public TemplateInstance confirmDelete(String section, String what, String action, String back, String hint) {
        return confirmDelete.data("section", section).data("what", what).data("action", action).data("back", back)
                .data("hint", hint);
    }
}
