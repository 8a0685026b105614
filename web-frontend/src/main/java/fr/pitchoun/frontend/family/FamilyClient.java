package fr.pitchoun.frontend.family;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
 * auth-gateway's family API (child profiles, who watches), relayed with the browser's session cookie; every answer
 * comes back as it is (same client settings as the account pages': {@code quarkus.rest-client.auth.*}).
 */
@RegisterRestClient(configKey = "auth")
@Produces(MediaType.APPLICATION_JSON)
public interface FamilyClient {

    @GET
    @Path("/api/profiles")
    Response profiles(@HeaderParam("Cookie") String cookie);

    @POST
    @Path("/api/profiles")
    @Consumes(MediaType.APPLICATION_JSON)
    Response create(@HeaderParam("Cookie") String cookie, Map<String, String> profile);

    @PATCH
    @Path("/api/profiles/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response rename(@HeaderParam("Cookie") String cookie, @PathParam("id") long id, Map<String, String> name);

    @DELETE
    @Path("/api/profiles/{id}")
    Response delete(@HeaderParam("Cookie") String cookie, @PathParam("id") long id);

    /** {@code {"profileId": 42}} for a child, {@code {"profileId": null}} for the parent. */
    @PUT
    @Path("/api/sessions/current/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    Response choose(@HeaderParam("Cookie") String cookie, Map<String, Long> choice);
}
