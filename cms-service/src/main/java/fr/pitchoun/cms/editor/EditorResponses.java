package fr.pitchoun.cms.editor;

import fr.pitchoun.cms.content.PublicationState;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/** The answers of the editors' pages to a form. */
public final class EditorResponses {

    /** HTTP status for a form sent back with mistakes to fix. */
    public static final int UNPROCESSABLE_CONTENT = 422;

    private EditorResponses() {
    }

    public static Response unprocessable(TemplateInstance page) {
        return Response.status(UNPROCESSABLE_CONTENT).entity(page).build();
    }

    /** Post/redirect/get: reloading the next page never sends the form twice. */
    public static Response seeOther(UriBuilder target, Object... values) {
        return Response.seeOther(target.build(values)).build();
    }

    /** What an edit form says once saved ({@code saved}: the page was reached after a save), else null. */
    public static String savedMessage(boolean saved, PublicationState state) {
        return saved ? "Modifications enregistrées. État : " + state.label() + "." : null;
    }
}
