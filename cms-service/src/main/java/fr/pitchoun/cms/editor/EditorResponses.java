package fr.pitchoun.cms.editor;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/** The two answers every editors' form ends with: the page again with what to fix, or a redirect after a change. */
public final class EditorResponses {

    /** HTTP status for a form sent back with mistakes to fix. */
    public static final int UNPROCESSABLE_CONTENT = 422;

    private EditorResponses() {
    }

    public static Response unprocessable(TemplateInstance page) {
        return Response.status(UNPROCESSABLE_CONTENT).entity(page).build();
    }

    /** Post/redirect/get: reloading the page never sends the form twice. */
    public static Response seeOther(UriBuilder target, Object... values) {
        return Response.seeOther(target.build(values)).build();
    }
}
