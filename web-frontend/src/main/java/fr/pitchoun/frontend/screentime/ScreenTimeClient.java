package fr.pitchoun.frontend.screentime;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/**
 * auth-gateway's screen-time API (auth-gateway/README.md "Screen time"), relayed with the browser's session cookie;
 * answers come back as they are (client settings {@code quarkus.rest-client.auth.*}).
 */
@RegisterRestClient(configKey = "auth")
@Produces(MediaType.APPLICATION_JSON)
public interface ScreenTimeClient {

    /** 200: may the session's child play now (always yes for a parent). */
    @GET
    @Path("/api/screen-time/current")
    Response current(@HeaderParam("Cookie") String cookie);

    /** 200 the family's children with their settings; 403 a child watches. */
    @GET
    @Path("/api/screen-time/profiles")
    Response children(@HeaderParam("Cookie") String cookie);

    /** 200; 422 per field; 403 a child watches; 404 another family's profile. */
    @PUT
    @Path("/api/screen-time/profiles/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response save(@HeaderParam("Cookie") String cookie, @PathParam("id") long id, Map<String, String> settings);

    /** 200 the child's new answer; 401 wrong password; 422; 429 + Retry-After; 503 Kinow away. */
    @POST
    @Path("/api/screen-time/current/unlock")
    @Consumes(MediaType.APPLICATION_JSON)
    Response unlock(@HeaderParam("Cookie") String cookie, @HeaderParam("X-Forwarded-For") String viewerAddress,
                    Map<String, Object> unlock);
}
