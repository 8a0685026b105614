package fr.pitchoun.frontend.radio;

import fr.pitchoun.frontend.catalogue.CmsContent;
import fr.pitchoun.frontend.security.ContentSecurityPolicy;
import fr.pitchoun.frontend.site.SitePages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Every published radio on one page ({@code /radios}): what is playing and a player per stream. */
@Path("/radios")
@Produces(MediaType.TEXT_HTML)
public class RadioPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance radios(RadioListing listing);
    }

    private final CmsContent content;

    RadioPages(CmsContent content) {
        this.content = content;
    }

    @GET
    public Response radios() {
        RadioListing listing = RadioListing.of(SitePages.read("Radios", content::radios));
        // As a Response, the template instance is still the entity when SecurityHeaders reads its media origins.
        return Response.ok(Templates.radios(listing)
                .setAttribute(ContentSecurityPolicy.MEDIA_ORIGINS, listing.mediaOrigins())
                .setAttribute(ContentSecurityPolicy.PLAYER_ORIGINS, listing.playerOrigins())).build();
    }
}
