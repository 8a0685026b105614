package fr.pitchoun.frontend.replay;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/**
 * auth-gateway's replay API (deploy/CONTRACTS.md "Replay"): who may play what is decided there, from the session's
 * entitlements and Kinow. The viewer's session cookie is relayed as the Cookie header (none: a signed-out viewer).
 * Same settings as the account calls ({@code quarkus.rest-client.auth.*}); answers are returned as they are.
 */
@RegisterRestClient(configKey = "auth")
@Produces(MediaType.APPLICATION_JSON)
public interface ReplayGateway {

    /**
     * 200 {@link Playback}; 404 a video Kinow does not know; 429 too many calls for the session (a signed-out viewer:
     * for the address in X-Forwarded-For); 503 Kinow away.
     */
    @POST
    @Path("/api/replay/playback")
    @Consumes(MediaType.APPLICATION_JSON)
    Response playback(@HeaderParam("Cookie") String cookie, @HeaderParam("X-Forwarded-For") String viewerAddress,
                      Map<String, Object> episode);

    /** 204; 400 a position out of the video; 401 signed out; 403 not this viewer's video or player session. */
    @POST
    @Path("/api/replay/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    Response progress(@HeaderParam("Cookie") String cookie, Map<String, Object> position);

    /** 200 {@link Watching}, newest first; 401 signed out. */
    @GET
    @Path("/api/replay/watching")
    Response watching(@HeaderParam("Cookie") String cookie);
}
