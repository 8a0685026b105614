package fr.pitchoun.frontend.radio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.frontend.account.SiteSessions;
import fr.pitchoun.frontend.account.Visit;
import fr.pitchoun.frontend.catalogue.CmsContent;
import fr.pitchoun.frontend.catalogue.Radio;
import fr.pitchoun.frontend.screentime.ScreenTimeGate;
import fr.pitchoun.frontend.security.ContentSecurityPolicy;
import fr.pitchoun.frontend.site.SitePages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

/** Every published radio on one page ({@code /radios}): what is playing and a player per stream. */
@Path("/radios")
@Produces(MediaType.TEXT_HTML)
public class RadioPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance radios(RadioListing listing);
    }

    private final CmsContent content;
    private final StreamTitles streamTitles;
    private final ObjectMapper mapper;
    private final SiteSessions sessions;
    private final ScreenTimeGate screenTime;

    RadioPages(CmsContent content, StreamTitles streamTitles, ObjectMapper mapper, SiteSessions sessions,
               ScreenTimeGate screenTime) {
        this.content = content;
        this.streamTitles = streamTitles;
        this.mapper = mapper;
        this.sessions = sessions;
        this.screenTime = screenTime;
    }

    @GET
    public Response radios(@CookieParam(SiteSessions.COOKIE) String token) {
        Visit visit = sessions.visit(token);
        // The page gives playback addresses: a child's screen time is asked, as for every other player (423 when over).
        screenTime.require(visit.viewer(), SiteSessions.sessionIn(visit.setCookies()).orElse(token));
        RadioListing listing = RadioListing.of(SitePages.read("Radios", content::radios));
        // As a Response, the template instance is still the entity when SecurityHeaders reads its media origins.
        return visit.withCookies(Response.ok(Templates.radios(listing)
                .setAttribute(ContentSecurityPolicy.MEDIA_ORIGINS, listing.mediaOrigins())
                .setAttribute(ContentSecurityPolicy.PLAYER_ORIGINS, listing.playerOrigins()))).build();
    }

    /**
     * What the radio plays now, polled by its page ({@code /js/radio.js}) while it plays: {@code {"title", "source"}},
     * {@code source} = {@code flux} (its stream's ICY title), {@code editeur} (the editor's text) or null. An unknown
     * radio → 404; cms-service unreadable → 503, both with a French {@code message}.
     */
    @GET
    @Path(SitePages.SLUG + "/en-ce-moment")
    @Produces(MediaType.APPLICATION_JSON)
    public Response nowPlaying(@PathParam("slug") String slug) {
        List<Radio> radios;
        try {
            radios = content.radios();
        } catch (RuntimeException e) {
            return json(Response.Status.SERVICE_UNAVAILABLE,
                    Map.of("message", "Les radios sont momentanément indisponibles.")).build();
        }
        return RadioListing.of(radios).radios().stream().filter(shown -> shown.radio().slug().equals(slug)).findFirst()
                // Listeners poll it: a few seconds of shared caching spare the site.
                .map(shown -> json(Response.Status.OK, NowPlaying.of(shown, streamTitles::titleOf))
                        .header("Cache-Control", "public, max-age=5").build())
                .orElseGet(() -> json(Response.Status.NOT_FOUND, Map.of("message", "Cette radio n'existe pas.")).build());
    }

    /** The site has no JSON writer on the server side (its pages are HTML): Jackson by hand, as for the guide. */
    private Response.ResponseBuilder json(Response.Status status, Object body) {
        try {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8"))
                    .entity(mapper.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
