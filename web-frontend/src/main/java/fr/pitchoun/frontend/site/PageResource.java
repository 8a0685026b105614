package fr.pitchoun.frontend.site;

import fr.pitchoun.frontend.catalogue.CmsContent;
import fr.pitchoun.frontend.catalogue.SitePage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

/** The site's free pages (« Qui sommes-nous », « Mentions légales »...), written by editors in cms-service. */
@Path("/pages")
@Produces(MediaType.TEXT_HTML)
public class PageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(SitePage page);
    }

    private final CmsContent content;

    PageResource(CmsContent content) {
        this.content = content;
    }

    @GET
    @Path(SitePages.SLUG)
    public Response page(@RestPath String slug) {
        return SitePages.bySlug("/pages", SitePages.read("Page " + slug, () -> content.page(slug)), Templates::page);
    }
}
