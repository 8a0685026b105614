package fr.pitchoun.frontend.screentime;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** For every page and player call of the site (a mapper outside any resource class applies to all of them). */
public class ScreenTimeOverMapper {

    /**
     * Playback refused for screen time: a page goes to the pause page (and back to itself once unlocked); a player's
     * refresh call (the live address, a podcast report: not asking for HTML) gets 423, on which the player opens the
     * pause page itself.
     */
    @ServerExceptionMapper
    Response over(ScreenTimeOver e, HttpServerRequest request) {
        String accept = request.getHeader("Accept");
        if (request.method() == HttpMethod.GET && accept != null && accept.contains("text/html")) {
            return Response.seeOther(ScreenTimePages.pausePage(request.uri())).build();
        }
        return Response.status(423).type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
                .entity(e.pause().message() == null ? "" : e.pause().message()).build();
    }
}
