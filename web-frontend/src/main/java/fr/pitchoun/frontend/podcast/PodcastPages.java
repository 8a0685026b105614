package fr.pitchoun.frontend.podcast;

import fr.pitchoun.frontend.account.SiteSessions;
import fr.pitchoun.frontend.account.Visit;
import fr.pitchoun.frontend.json.PostedJson;
import fr.pitchoun.frontend.screentime.ScreenTimeGate;
import fr.pitchoun.frontend.security.ContentSecurityPolicy;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The podcast pages: every show ({@code /podcasts}), a show's episodes ({@code /podcasts/{show}}, newest first, by
 * season, paginated) and one episode with its player ({@code /podcasts/{show}/{episode}}).
 */
@Path("/podcasts")
@Produces(MediaType.TEXT_HTML)
public class PodcastPages {

    private static final Logger LOG = Logger.getLogger(PodcastPages.class);
    private static final String SLUG = "{slug: [a-z0-9]+(-[a-z0-9]+)*}";

    /**
     * An episode as one viewer sees it: its playable address, or none when it is locked for them ({@code signedIn}:
     * whether the lock leads to subscribing from the account or to signing in first).
     */
    public record ShownEpisode(PodcastEpisode episode, String playableUrl, boolean signedIn) {
        public boolean locked() {
            return episode.exclusive() && playableUrl == null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance podcasts(List<PodcastShow> shows, List<ResumePoint> inProgress);

        static native TemplateInstance emission(PodcastShowPage show, List<ShownEpisode> episodes);

        static native TemplateInstance episode(PodcastEpisodePage page, ShownEpisode shown, int resumeAt);

        static native TemplateInstance episodeIntrouvable(String showSlug);
    }

    private final PodcastCatalogue catalogue;
    private final SiteSessions sessions;
    private final ExclusiveAudio audio;
    private final Template unavailable;
    private final ContinueListening continueListening;
    private final PostedJson posted;
    private final ScreenTimeGate screenTime;

    PodcastPages(PodcastCatalogue catalogue, SiteSessions sessions, ExclusiveAudio audio,
                 @Location("indisponible.html") Template unavailable, ContinueListening continueListening,
                 PostedJson posted, ScreenTimeGate screenTime) {
        this.catalogue = catalogue;
        this.screenTime = screenTime;
        this.continueListening = continueListening;
        this.sessions = sessions;
        this.audio = audio;
        this.unavailable = unavailable;
        this.posted = posted;
    }

    @GET
    public Response shows(@CookieParam(SiteSessions.COOKIE) String token) {
        Visit visit = sessions.visit(token);
        List<PodcastShow> shows = catalogue.shows();
        TemplateInstance page = Templates.podcasts(shows, continueListening.inProgress(visit.viewer()));
        return visit.withCookies(Response.ok(images(page, shows.stream().map(PodcastShow::imageUrl)))).build();
    }

    /**
     * The player's report of where the viewer is ({@code /js/podcast.js}, JSON only, so no cross-site form can send
     * it): 204 kept, 401 not signed in, 503 podcast-service could not keep it; 423 a child's screen time is over
     * (the player stops and shows the pause page).
     */
    @POST
    @Path("ecoute")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response listened(@CookieParam(SiteSessions.COOKIE) String token, String body) {
        Visit visit = sessions.visit(token);
        if (visit.viewer().isEmpty()) {
            return visit.withCookies(Response.status(Response.Status.UNAUTHORIZED)).build();
        }
        screenTime.require(visit.viewer(), current(visit, token));
        ListeningReport report = posted.read(body, ListeningReport.class).orElse(null);
        if (report == null || !report.valid()) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        boolean kept = continueListening.record(visit.viewer().get(), report.show(), report.episode(),
                report.positionSeconds());
        return visit.withCookies(Response.status(kept ? Response.Status.NO_CONTENT
                : Response.Status.SERVICE_UNAVAILABLE)).build();
    }

    @GET
    @Path(SLUG)
    public Response show(@RestPath String slug, @QueryParam("saison") Integer season,
                         @QueryParam("page") @DefaultValue("1") int page, @CookieParam(SiteSessions.COOKIE) String token) {
        Visit visit = sessions.visit(token);
        screenTime.require(visit.viewer(), current(visit, token));
        PodcastShowPage show = catalogue.show(slug, season, Math.max(1, page));
        List<ShownEpisode> episodes = show.episodes().stream().map(episode -> shown(episode, visit)).toList();
        return visit.withCookies(Response.ok(images(media(Templates.emission(show, episodes), episodes),
                Stream.of(show.imageUrl())))).build();
    }

    @GET
    @Path(SLUG + "/{episode: [a-z0-9]+(-[a-z0-9]+)*}")
    public Response episode(@RestPath String slug, @RestPath String episode,
                            @CookieParam(SiteSessions.COOKIE) String token) {
        PodcastEpisodePage page;
        try {
            page = catalogue.episode(slug, episode);
        } catch (NotFoundException e) {
            // Removed at Ausha (or never existed): say so, and lead back to the show when there is one.
            return Response.status(Response.Status.NOT_FOUND)
                    .entity(Templates.episodeIntrouvable(catalogue.showExists(slug) ? slug : null)).build();
        }
        Visit visit = sessions.visit(token);
        screenTime.require(visit.viewer(), current(visit, token));
        ShownEpisode shown = shown(page.episode(), visit);
        int resumeAt = shown.playableUrl() == null ? 0 : continueListening.resumeAt(visit.viewer(), slug, episode);
        return visit.withCookies(Response.ok(images(media(Templates.episode(page, shown, resumeAt), List.of(shown)),
                Stream.of(page.showImageUrl())))).build();
    }

    /** The session token the visit ends with (renewed or not). */
    private static String current(Visit visit, String token) {
        return SiteSessions.sessionIn(visit.setCookies()).orElse(token);
    }

    private ShownEpisode shown(PodcastEpisode episode, Visit visit) {
        return new ShownEpisode(episode, Listening.playableUrl(episode, visit.viewer(), audio, Instant.now()),
                visit.viewer().isPresent());
    }

    /** The audio's origins are this page's allowed media sources (Content-Security-Policy). */
    private static TemplateInstance media(TemplateInstance page, List<ShownEpisode> episodes) {
        return page.setAttribute(ContentSecurityPolicy.MEDIA_ORIGINS, episodes.stream().map(ShownEpisode::playableUrl)
                .filter(Objects::nonNull).map(ContentSecurityPolicy::origin).flatMap(Optional::stream)
                .distinct().toList());
    }

    /** The shows' images (at Ausha's image host) are this page's allowed image sources. */
    private static TemplateInstance images(TemplateInstance page, Stream<String> imageUrls) {
        return page.setAttribute(ContentSecurityPolicy.IMAGE_ORIGINS, imageUrls.filter(Objects::nonNull)
                .map(ContentSecurityPolicy::origin).flatMap(Optional::stream).distinct().toList());
    }

    @ServerExceptionMapper
    public Response unavailable(PodcastsUnavailable e) {
        LOG.warn(e.getMessage());
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.TEXT_HTML_TYPE)
                .entity(unavailable.instance()).build();
    }
}
