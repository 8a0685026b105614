package fr.pitchoun.frontend.startover;

import fr.pitchoun.frontend.account.SiteSessions;
import fr.pitchoun.frontend.account.Visit;
import fr.pitchoun.frontend.config.FrontendConfig;
import fr.pitchoun.frontend.screentime.ScreenTimeConfig;
import fr.pitchoun.frontend.screentime.ScreenTimeGate;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * « Reprendre depuis le début » (web-frontend/README.md "Start-over"): {@code /direct/{channel}/reprise.m3u8} and its
 * media playlists {@code /direct/{channel}/reprise/{name}.m3u8}, for whoever may watch the live (MyPitchoun+), asked
 * at every request as {@code /direct/adresse} asks: a child's screen time (423 once over, through the site's
 * ScreenTimeOverMapper) and a child's short signature, which each playlist refresh renews.
 */
@Path("/direct/{channel: [a-z0-9]+(?:-[a-z0-9]+)*}")
public class StartOverResource {

    private static final MediaType PLAYLIST = new MediaType("application", "vnd.apple.mpegurl");
    private static final MediaType FRENCH_TEXT = MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8");
    private static final Logger LOG = Logger.getLogger(StartOverResource.class);

    private final SiteSessions sessions;
    private final ScreenTimeGate screenTime;
    private final StartOverPlaylists playlists;
    private final Duration adultLifetime;
    private final Duration childLifetime;

    StartOverResource(SiteSessions sessions, ScreenTimeGate screenTime, StartOverPlaylists playlists,
                      FrontendConfig config, ScreenTimeConfig screenTimeConfig) {
        this.sessions = sessions;
        this.screenTime = screenTime;
        this.playlists = playlists;
        this.adultLifetime = config.hlsUrlLifetime();
        this.childLifetime = screenTimeConfig.liveAddressLifetime();
    }

    @GET
    @Path("reprise.m3u8")
    public Response master(@CookieParam(SiteSessions.COOKIE) String token, @PathParam("channel") String channel) {
        return answer(token, child -> playlists.master(channel));
    }

    @GET
    @Path("reprise/{name: [a-z0-9]+}.m3u8")
    public Response media(@CookieParam(SiteSessions.COOKIE) String token, @PathParam("channel") String channel,
                          @PathParam("name") String name) {
        return answer(token, child -> playlists.media(channel, name, child ? childLifetime : adultLifetime));
    }

    /** The playlist asked for, for a child's session or not. */
    private interface Playlist {
        StartOverPlaylists.Answer of(boolean child);
    }

    private Response answer(String token, Playlist playlist) {
        Visit visit = sessions.visit(token);
        if (!visit.viewer().map(viewer -> viewer.watchesLive()).orElse(false)) {
            return refusal(visit, Response.Status.FORBIDDEN,
                    "La reprise du direct est réservée aux abonnés MyPitchoun+.");
        }
        screenTime.require(visit.viewer(), SiteSessions.sessionIn(visit.setCookies()).orElse(token));
        boolean child = visit.viewer().get().childWatching().isPresent();
        StartOverPlaylists.Answer answer;
        try {
            answer = playlist.of(child);
        } catch (WorkerFiles.OriginUnavailable e) {
            LOG.warnf("Start-over unavailable: %s", e.getMessage());
            return refusal(visit, Response.Status.SERVICE_UNAVAILABLE,
                    "La reprise du direct est momentanément indisponible. Réessayez dans un instant.");
        }
        if (answer.unknownChannel()) {
            return refusal(visit, Response.Status.NOT_FOUND, "Cette chaîne n'existe pas.");
        }
        if (answer.text().isEmpty()) {
            return refusal(visit, Response.Status.NOT_FOUND,
                    "Cette chaîne n'est pas à l'antenne en ce moment : il n'y a rien à reprendre depuis le début.");
        }
        return visit.withCookies(Response.ok(answer.text().get(), PLAYLIST).cacheControl(privateNoStore())).build();
    }

    private static Response refusal(Visit visit, Response.Status status, String message) {
        return visit.withCookies(Response.status(status).type(FRENCH_TEXT).entity(message)
                .cacheControl(privateNoStore())).build();
    }

    /** Signed for this kind of viewer and renewed at each refresh: never kept by a browser or a proxy. */
    private static CacheControl privateNoStore() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return noStore;
    }
}
