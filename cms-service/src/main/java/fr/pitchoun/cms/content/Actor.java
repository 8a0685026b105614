package fr.pitchoun.cms.content;

import fr.pitchoun.cms.account.SignedInEditor;

/** Who made a change, for the audit trail: an editor, or the scheduler publishing at the planned time. */
public record Actor(Long editorId, String name) {

    public static final Actor SCHEDULER = new Actor(null, "Publication programmée (automatique)");

    public static Actor of(SignedInEditor editor) {
        return new Actor(editor.id(), editor.displayName());
    }
}
