package fr.pitchoun.frontend.programme;

import fr.pitchoun.frontend.account.SiteSessions;
import fr.pitchoun.frontend.account.Visit;
import fr.pitchoun.frontend.screentime.ScreenTimeGate;
import fr.pitchoun.frontend.catalogue.CmsContent;
import fr.pitchoun.frontend.catalogue.Episode;
import fr.pitchoun.frontend.catalogue.Programme;
import fr.pitchoun.frontend.catalogue.Quiz;
import fr.pitchoun.frontend.replay.EpisodePlayer;
import fr.pitchoun.frontend.replay.ReplayPlayback;
import fr.pitchoun.frontend.replay.Watching;
import fr.pitchoun.frontend.security.ContentSecurityPolicy;
import fr.pitchoun.frontend.site.SitePages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestPath;

import java.time.Instant;
import java.util.List;

/**
 * The published programmes ({@code /programmes}), each one with its episodes ({@code /programmes/{slug}}, the signed-in
 * viewer's started and watched ones marked) and each episode with its player ({@code /programmes/{slug}/{episode}}).
 */
@Path("/programmes")
@Produces(MediaType.TEXT_HTML)
public class ProgrammePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance programmes(List<Programme> programmes);

        static native TemplateInstance programme(Programme programme, Instant now, Watching watching);

        static native TemplateInstance episode(Programme programme, Episode episode, EpisodePlayer player,
                                               Instant now, boolean signedIn, Quiz quiz);
    }

    private final CmsContent content;
    private final SiteSessions sessions;
    private final ReplayPlayback playback;
    private final ScreenTimeGate screenTime;

    ProgrammePages(CmsContent content, SiteSessions sessions, ReplayPlayback playback, ScreenTimeGate screenTime) {
        this.content = content;
        this.screenTime = screenTime;
        this.sessions = sessions;
        this.playback = playback;
    }

    @GET
    public TemplateInstance programmes() {
        return Templates.programmes(SitePages.read("Programmes", content::programmes));
    }

    @GET
    @Path(SitePages.SLUG)
    public Response programme(@RestPath String slug, @CookieParam(SiteSessions.COOKIE) String token) {
        CmsContent.SlugAnswer<Programme> answer = SitePages.read("Programme " + slug, () -> content.programme(slug));
        Visit visit = sessions.visit(token);
        Watching watching = answer.item() != null && visit.viewer().isPresent() ? playback.watching(token)
                : Watching.NONE;
        return visit.withCookies(Response.fromResponse(SitePages.bySlug("/programmes", answer,
                programme -> Templates.programme(programme, Instant.now(), watching)))).build();
    }

    @GET
    @Path(SitePages.SLUG + "/{episode: [a-z0-9]+(-[a-z0-9]+)*}")
    public Response episode(@RestPath String slug, @RestPath String episode,
                            @CookieParam(SiteSessions.COOKIE) String token, @Context HttpServerRequest request) {
        CmsContent.SlugAnswer<Programme> answer = SitePages.read("Programme " + slug, () -> content.programme(slug));
        if (answer.item() == null && answer.movedTo() != null) {
            return Response.status(Response.Status.MOVED_PERMANENTLY).location(UriBuilder.fromPath("/programmes")
                    .path("{slug}").path("{episode}").build(answer.movedTo(), episode)).build();
        }
        Programme programme = answer.item();
        Episode shown = programme == null ? null : programme.episodesOrNone().stream()
                .filter(e -> episode.equals(e.slug())).findFirst().orElse(null);
        if (shown == null) {
            throw new NotFoundException();
        }
        Visit visit = sessions.visit(token);
        // A decision of the gateway may be reused a few seconds (replay-playback): a child's time is asked first.
        screenTime.require(visit.viewer(), SiteSessions.sessionIn(visit.setCookies()).orElse(token));
        String address = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        EpisodePlayer player = playback.playerFor(visit.viewer().isPresent() ? token : null, address, shown);
        // As a Response, the template instance is still the entity when SecurityHeaders reads its origins.
        return visit.withCookies(Response.ok(Templates.episode(programme, shown, player, Instant.now(),
                        visit.viewer().isPresent(), quizOf(programme, shown))
                .setAttribute(ContentSecurityPolicy.PLAYER_ORIGINS, player.mediaOrigins())
                .setAttribute(ContentSecurityPolicy.FRAME_ORIGINS, player.frameOrigins()))).build();
    }

    /** The episode's published quiz, or null (none, or cms-service unreadable: the page goes without it). */
    private Quiz quizOf(Programme programme, Episode episode) {
        try {
            return content.quiz(programme.slug(), episode.slug()).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
