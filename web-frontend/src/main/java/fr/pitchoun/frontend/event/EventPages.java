package fr.pitchoun.frontend.event;

import fr.pitchoun.frontend.catalogue.CmsContent;
import fr.pitchoun.frontend.catalogue.UpcomingEvent;
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

/** The agenda ({@code /evenements}) and each event's page: place, description, image, booking link. */
@Path("/evenements")
@Produces(MediaType.TEXT_HTML)
public class EventPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance evenements(Agenda agenda);

        static native TemplateInstance evenement(UpcomingEvent event, boolean past);
    }

    private final CmsContent content;

    EventPages(CmsContent content) {
        this.content = content;
    }

    @GET
    public TemplateInstance agenda() {
        return Templates.evenements(Agenda.of(SitePages.read("Events", content::agenda), Instant.now()));
    }

    @GET
    @Path(SitePages.SLUG)
    public Response event(@RestPath String slug) {
        return SitePages.bySlug("/evenements", SitePages.read("Event " + slug, () -> content.event(slug)),
                event -> Templates.evenement(event, event.pastAt(Instant.now())));
    }
}
