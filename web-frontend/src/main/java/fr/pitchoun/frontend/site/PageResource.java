package fr.pitchoun.frontend.site;

import fr.pitchoun.frontend.catalogue.CmsContent;
import fr.pitchoun.frontend.catalogue.SitePage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestPath;

/** The site's free pages (« Qui sommes-nous », « Mentions légales »...), written by editors in cms-service. */
@Path("/pages")
@Produces(MediaType.TEXT_HTML)
public class PageResource {

    private static final Logger LOG = Logger.getLogger(PageResource.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(SitePage page);

        static native TemplateInstance unavailable();
    }

    private final CmsContent content;

    PageResource(CmsContent content) {
        this.content = content;
    }

    @GET
    @Path("{slug: [a-z0-9]+(-[a-z0-9]+)*}")
    public Response page(@RestPath String slug) {
        CmsContent.PageAnswer answer;
        try {
            answer = content.page(slug);
        } catch (RuntimeException e) {
            LOG.warnf("Page %s unavailable from cms-service: %s", slug, e.toString());
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(Templates.unavailable()).build();
        }
        if (answer.page() != null) {
            return Response.ok(Templates.page(answer.page())).build();
        }
        if (answer.movedTo() != null) {
            // A renamed page keeps its old address working, for visitors and search engines alike.
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(UriBuilder.fromPath("/pages/{slug}").build(answer.movedTo())).build();
        }
        throw new NotFoundException();
    }
}
