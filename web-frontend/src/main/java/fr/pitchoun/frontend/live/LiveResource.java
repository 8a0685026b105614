package fr.pitchoun.frontend.live;

import fr.pitchoun.frontend.account.SiteSessions;
import fr.pitchoun.frontend.account.Visit;
import fr.pitchoun.frontend.screentime.ScreenTimeConfig;
import fr.pitchoun.frontend.screentime.ScreenTimeGate;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Duration;
import java.time.Instant;

/**
 * The live page. Only a MyPitchoun+ viewer gets the channel's signed address (the player, /js/direct.js, reads it
 * from the video element); anyone else gets a page saying how to get in, and no address at all. A child's address is
 * short-lived ({@code screen-time.live-address-lifetime}) and renewed by the player through {@code /direct/adresse},
 * which asks the screen-time rule each time: once the child's time is over no new address is given, and the live
 * stops when the last one expires (the player shows the pause page at once).
 */
@Path("/direct")
@Produces(MediaType.TEXT_HTML)
public class LiveResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance direct(String manifestUrl, boolean signedIn, boolean renewed);
    }

    private final LiveStream stream;
    private final SiteSessions sessions;
    private final ScreenTimeGate screenTime;
    private final Duration childAddressLifetime;

    LiveResource(LiveStream stream, SiteSessions sessions, ScreenTimeGate screenTime, ScreenTimeConfig config) {
        this.stream = stream;
        this.sessions = sessions;
        this.screenTime = screenTime;
        this.childAddressLifetime = config.liveAddressLifetime();
    }

    @GET
    public Response direct(@CookieParam(SiteSessions.COOKIE) String token) {
        Visit visit = sessions.visit(token);
        boolean entitled = visit.viewer().map(viewer -> viewer.watchesLive()).orElse(false);
        boolean child = visit.viewer().flatMap(viewer -> viewer.childWatching()).isPresent();
        if (entitled) {
            screenTime.require(visit.viewer(), SiteSessions.sessionIn(visit.setCookies()).orElse(token));
        }
        String manifestUrl = entitled ? manifestUrl(child) : null;
        return visit.withCookies(Response.ok(Templates.direct(manifestUrl, visit.viewer().isPresent(),
                entitled && child))).build();
    }

    /** A new signed address for the player of a child (JSON); 423 once the child's screen time is over. */
    @GET
    @Path("adresse")
    @Produces(MediaType.APPLICATION_JSON)
    public Response address(@CookieParam(SiteSessions.COOKIE) String token) {
        Visit visit = sessions.visit(token);
        if (!visit.viewer().map(viewer -> viewer.watchesLive()).orElse(false)) {
            return visit.withCookies(Response.status(Response.Status.FORBIDDEN)).build();
        }
        screenTime.require(visit.viewer(), SiteSessions.sessionIn(visit.setCookies()).orElse(token));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        // The site serves no other JSON (no JSON provider on the server side): one field, written here.
        String address = manifestUrl(visit.viewer().get().childWatching().isPresent());
        return visit.withCookies(Response.ok("{\"manifestUrl\":\"" + address + "\"}").cacheControl(noStore))
                .build();
    }

    private String manifestUrl(boolean child) {
        return child ? stream.signedManifestUrl(Instant.now(), childAddressLifetime)
                : stream.signedManifestUrl(Instant.now());
    }
}
