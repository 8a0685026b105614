package fr.pitchoun.cms.editor;

import fr.pitchoun.cms.content.AuditEntry;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.util.List;

/** Pages every kind of item shares in the editors' UI; {@code section} is the menu entry marked current. */
@CheckedTemplate(basePath = "editor")
public final class EditorPages {

    private EditorPages() {
    }

    /** The audit trail of one item ({@code title}: "radio « Pitchoun Radio »"). */
    public static native TemplateInstance history(String section, String title, String back, List<AuditEntry> entries);

    /** Asks before a deletion ({@code what}: "la radio « Pitchoun Radio »"); the form posts to {@code action}. */
    public static native TemplateInstance confirmDelete(String section, String what, String action, String back,
                                                        String warning);
}
