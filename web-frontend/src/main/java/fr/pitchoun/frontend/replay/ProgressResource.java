package fr.pitchoun.frontend.replay;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.pitchoun.frontend.account.SiteSessions;
import fr.pitchoun.frontend.json.PostedJson;
import fr.pitchoun.frontend.security.OriginHeaders;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Where the episode player (/js/replay.js) reports the viewer's position every few seconds and when they pause or
 * leave (sendBeacon): relayed to auth-gateway, which checks it is the viewer's video and player session and a
 * position within the video, and keeps it at Kinow. Only this site's pages may post here (same-origin check).
 */
@Path("/replay/progression")
public class ProgressResource {

    /** What the player posts. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Position(Long videoId, String sessionId, Double positionSeconds) {
    }

    private final ReplayPlayback playback;
    private final SiteSessions sessions;
    private final PostedJson posted;

    ProgressResource(ReplayPlayback playback, SiteSessions sessions, PostedJson posted) {
        this.playback = playback;
        this.sessions = sessions;
        this.posted = posted;
    }

    @POST
    // A beacon is text/plain: see PostedJson.
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Produces(MediaType.TEXT_PLAIN + ";charset=utf-8")
    public Response report(@CookieParam(SiteSessions.COOKIE) String token, @BeanParam OriginHeaders request,
                           String body) {
        if (!request.fromThisSite()) {
            return answer(403, "Cette demande ne vient pas du site Pitchoun.");
        }
        if (sessions.verify(token).isEmpty()) {
            return answer(401, "Connectez-vous pour que Pitchoun retienne où vous en êtes.");
        }
        Position position = posted.read(body, Position.class).orElse(null);
        if (position == null || position.videoId() == null || position.sessionId() == null
                || position.positionSeconds() == null) {
            return answer(400, "Position de lecture incomplète : vidéo, session et position sont attendues.");
        }
        int status = playback.reportProgress(token, position.videoId(), position.sessionId(),
                position.positionSeconds());
        return status == 204 ? Response.noContent().build()
                : answer(status, status == 503 ? "La position n'a pas pu être enregistrée pour le moment."
                : "La position a été refusée.");
    }

    private static Response answer(int status, String message) {
        return Response.status(status).entity(message).build();
    }
}
