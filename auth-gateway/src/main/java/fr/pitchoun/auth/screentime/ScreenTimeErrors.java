package fr.pitchoun.auth.screentime;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every playback refused for screen time answers 423 (Locked) with the {@link ScreenTimeView}, whose {@code message}
 * is the French sentence: a status of its own, so the site tells it from any other refusal and shows the pause page.
 */
public class ScreenTimeErrors {

    public static final int LOCKED = 423;

    @ServerExceptionMapper
    Response refused(ScreenTimeRefusedException e) {
        return Response.status(LOCKED).type(MediaType.APPLICATION_JSON).entity(e.view()).build();
    }
}
