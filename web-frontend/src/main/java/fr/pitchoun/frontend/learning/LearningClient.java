package fr.pitchoun.frontend.learning;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/** auth-gateway's learning statements API, with the viewer's session cookie (settings: quarkus.rest-client.auth.*). */
@RegisterRestClient(configKey = "auth")
@Produces(MediaType.APPLICATION_JSON)
public interface LearningClient {

    @POST
    @Path("/api/learning/statements")
    @Consumes(MediaType.APPLICATION_JSON)
    Response record(@HeaderParam("Cookie") String cookie, Map<String, Object> report);
}
