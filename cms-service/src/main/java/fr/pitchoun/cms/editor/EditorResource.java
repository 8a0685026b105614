package fr.pitchoun.cms.editor;

import fr.pitchoun.cms.programme.Programme;
import fr.pitchoun.cms.programme.ProgrammeCatalog;
import fr.pitchoun.cms.programme.ProgrammeForm;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/** The editors' pages. Thin: the catalogue decides, this class only renders and redirects. */
@Path("/editeur")
@Produces(MediaType.TEXT_HTML)
public class EditorResource {

    /** HTTP status for a form sent back with mistakes to fix. */
    private static final int UNPROCESSABLE_CONTENT = 422;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance programmes(List<Programme> programmes, Programme created);

        static native TemplateInstance newProgramme(ProgrammeForm form, FieldErrors errors);
    }

    private final ProgrammeCatalog catalog;

    EditorResource(ProgrammeCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance programmes(@RestQuery("cree") String createdSlug) {
        Programme created = createdSlug == null ? null : catalog.bySlug(createdSlug).orElse(null);
        return Templates.programmes(catalog.all(), created);
    }

    @GET
    @Path("programmes/nouveau")
    @Operation(hidden = true)
    public TemplateInstance newProgramme() {
        return Templates.newProgramme(new ProgrammeForm(), FieldErrors.none());
    }

    @POST
    @Path("programmes/nouveau")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@BeanParam ProgrammeForm form) {
        ProgrammeCatalog.Creation creation = catalog.create(form);
        if (!creation.succeeded()) {
            return Response.status(UNPROCESSABLE_CONTENT)
                    .entity(Templates.newProgramme(creation.form(), creation.errors()))
                    .build();
        }
        // Post/redirect/get: reloading the list never sends the form twice.
        return Response.seeOther(UriBuilder.fromPath("/editeur")
                .queryParam("cree", creation.programme().slug).build()).build();
    }
}
