package fr.pitchoun.frontend.parents;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** auth-gateway's reads for the parents' space, with the parent's session cookie (quarkus.rest-client.auth.*). */
@RegisterRestClient(configKey = "auth")
@Produces(MediaType.APPLICATION_JSON)
public interface ParentsClient {

    @GET
    @Path("/api/learning/profiles/{id}/overview")
    Response overview(@HeaderParam("Cookie") String cookie, @PathParam("id") long profileId,
                      @QueryParam("days") int days);

    @GET
    @Path("/api/learning/profiles/{id}/quizzes")
    Response quizzes(@HeaderParam("Cookie") String cookie, @PathParam("id") long profileId);
}
