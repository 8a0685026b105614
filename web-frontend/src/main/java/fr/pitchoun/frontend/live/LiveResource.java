package fr.pitchoun.frontend.live;

import fr.pitchoun.frontend.account.SiteSessions;
import fr.pitchoun.frontend.account.Visit;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;

/**
 * The live page. Only a MyPitchoun+ viewer gets the channel's signed address (the player, /js/direct.js, reads it
 * from the video element); anyone else gets a page saying how to get in, and no address at all.
 */
@Path("/direct")
@Produces(MediaType.TEXT_HTML)
public class LiveResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance direct(String manifestUrl, boolean signedIn);
    }

    private final LiveStream stream;
    private final SiteSessions sessions;

    LiveResource(LiveStream stream, SiteSessions sessions) {
        this.stream = stream;
        this.sessions = sessions;
    }

    @GET
    public Response direct(@CookieParam(SiteSessions.COOKIE) String token) {
        Visit visit = sessions.visit(token);
        boolean entitled = visit.viewer().map(viewer -> viewer.watchesLive()).orElse(false);
        String manifestUrl = entitled ? stream.signedManifestUrl(Instant.now()) : null;
        return visit.withCookies(Response.ok(Templates.direct(manifestUrl, visit.viewer().isPresent()))).build();
    }
}
