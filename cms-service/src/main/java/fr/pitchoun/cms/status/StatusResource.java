package fr.pitchoun.cms.status;

import fr.pitchoun.cms.account.AdminOnly;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The operators' status page: every part's readiness, every channel's state, the last alert (admins only). */
@AdminOnly
@Path("/editeur/etat")
@Produces(MediaType.TEXT_HTML)
public class StatusResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance status(StatusReport report);
    }

    private final OperationsStatus status;

    StatusResource(OperationsStatus status) {
        this.status = status;
    }

    /** Always 200, whatever is away: the page is where an operator learns that something is. Never cached. */
    @GET
    public Response page() {
        return Response.ok(Templates.status(status.read())).header("Cache-Control", "no-store").build();
    }
}
