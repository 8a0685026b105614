package fr.pitchoun.cms.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Who is signed in for this request, set by {@link EditorGate}. Named so that templates can greet the editor and show
 * the admin's menu ({@code inject:editeur}).
 */
@RequestScoped
@Named("editeur")
public class CurrentEditor {

    private SignedInEditor editor;

    void set(SignedInEditor editor) {
        this.editor = editor;
    }

    public boolean isSignedIn() {
        return editor != null;
    }

    /** Only called behind the gate, where someone is always signed in. */
    public SignedInEditor get() {
        if (editor == null) {
            throw new IllegalStateException("No editor signed in for this request");
        }
        return editor;
    }

    public String getName() {
        return editor == null ? "" : editor.displayName();
    }

    public boolean isAdmin() {
        return editor != null && editor.isAdmin();
    }
}
