package fr.pitchoun.frontend.replay;

import fr.pitchoun.frontend.account.SiteSessions;
import fr.pitchoun.frontend.account.Visit;
import fr.pitchoun.frontend.catalogue.CmsContent;
import fr.pitchoun.frontend.site.SitePages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The replay page: the signed-in viewer's started episodes (« Continuer à regarder »), then the programmes with
 * episodes to play, newest first, filtered by age band ({@code ?age=4-6}).
 */
@Path("/replay")
@Produces(MediaType.TEXT_HTML)
public class ReplayPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance replay(List<ReplayCatalogue.ReplayProgramme> programmes,
                                              List<ReplayCatalogue.StartedEpisode> started, AgeBand[] bands,
                                              AgeBand band, boolean unknownBand, boolean signedIn);
    }

    private final CmsContent content;
    private final SiteSessions sessions;
    private final ReplayPlayback playback;

    ReplayPages(CmsContent content, SiteSessions sessions, ReplayPlayback playback) {
        this.content = content;
        this.sessions = sessions;
        this.playback = playback;
    }

    @GET
    public Response replay(@CookieParam(SiteSessions.COOKIE) String token, @QueryParam("age") String age) {
        // Each programme's episodes come from its own (cached) read: the list of programmes does not carry them.
        ReplayCatalogue catalogue = ReplayCatalogue.of(SitePages.read("Replay", () -> content.programmes().stream()
                .map(p -> content.programme(p.slug()).item()).filter(Objects::nonNull).toList()));
        Visit visit = sessions.visit(token);
        List<ReplayCatalogue.StartedEpisode> started = visit.viewer().isPresent()
                ? catalogue.started(playback.watching(token)) : List.of();
        Optional<AgeBand> band = AgeBand.of(age);
        boolean unknownBand = age != null && !age.isBlank() && band.isEmpty();
        return visit.withCookies(Response.ok(Templates.replay(catalogue.forAges(band), started, AgeBand.values(),
                band.orElse(null), unknownBand, visit.viewer().isPresent()))).build();
    }
}
