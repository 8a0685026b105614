package fr.pitchoun.frontend.account;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
 * auth-gateway's JSON API as the site relays it: the browser's session cookie goes in as a Cookie header, the
 * gateway's Set-Cookie comes back to the browser. Every answer is returned as is, errors included (their French
 * message is for the viewer: {@code quarkus.rest-client.auth.disable-default-mapper}). URL and timeouts:
 * {@code quarkus.rest-client.auth.*}.
 */
@RegisterRestClient(configKey = "auth")
@Produces(MediaType.APPLICATION_JSON)
public interface AuthClient {

    @POST
    @Path("/api/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    Response signIn(@HeaderParam("X-Forwarded-For") String viewerAddress, Map<String, String> credentials);

    @POST
    @Path("/api/sessions/refresh")
    Response refresh(@HeaderParam("Cookie") String cookie);

    @DELETE
    @Path("/api/sessions/current")
    Response signOut(@HeaderParam("Cookie") String cookie);

    @GET
    @Path("/api/account")
    Response account(@HeaderParam("Cookie") String cookie);

    /** The family's private podcast feed (auth-gateway's podcastfeed API). */
    @GET
    @Path("/api/podcast-feed")
    Response podcastFeed(@HeaderParam("Cookie") String cookie);

    @POST
    @Path("/api/podcast-feed")
    Response resetPodcastFeed(@HeaderParam("Cookie") String cookie);

    /** Whose feed a secret opens: 200 {"customerId"}, 404 for any secret that opens nothing. */
    @POST
    @Path("/api/podcast-feed/access")
    @Consumes(MediaType.APPLICATION_JSON)
    Response podcastFeedOwner(Map<String, String> secret);

    @POST
    @Path("/api/accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    Response register(Map<String, String> account);

    @POST
    @Path("/api/password-resets")
    @Consumes(MediaType.APPLICATION_JSON)
    Response requestPasswordReset(Map<String, String> email);

    @POST
    @Path("/api/password-resets/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    Response choosePassword(Map<String, String> tokenAndPassword);
}
