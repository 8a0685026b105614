package fr.pitchoun.frontend.programme;

import fr.pitchoun.frontend.catalogue.CmsContent;
import fr.pitchoun.frontend.catalogue.Programme;
import fr.pitchoun.frontend.site.SitePages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

import java.time.Instant;
import java.util.List;

/** The published programmes ({@code /programmes}) and each one with its episodes ({@code /programmes/{slug}}). */
@Path("/programmes")
@Produces(MediaType.TEXT_HTML)
public class ProgrammePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance programmes(List<Programme> programmes);

        static native TemplateInstance programme(Programme programme, Instant now);
    }

    private final CmsContent content;

    ProgrammePages(CmsContent content) {
        this.content = content;
    }

    @GET
    public TemplateInstance programmes() {
        return Templates.programmes(SitePages.read("Programmes", content::programmes));
    }

    @GET
    @Path(SitePages.SLUG)
    public Response programme(@RestPath String slug) {
        return SitePages.bySlug("/programmes", SitePages.read("Programme " + slug, () -> content.programme(slug)),
                programme -> Templates.programme(programme, Instant.now()));
    }
}
