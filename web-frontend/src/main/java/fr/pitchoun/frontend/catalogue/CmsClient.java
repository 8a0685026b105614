package fr.pitchoun.frontend.catalogue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** cms-service as this site uses it; its URL and timeouts are the {@code quarkus.rest-client.cms.*} settings. */
@RegisterRestClient(configKey = "cms")
public interface CmsClient {

    @GET
    @Path("/api/programmes")
    @Produces(MediaType.APPLICATION_JSON)
    List<Programme> publishedProgrammes();

    /** Throws {@link jakarta.ws.rs.WebApplicationException} when cms-service answers that it is not ready. */
    @GET
    @Path("/q/health/ready")
    Response readiness();
}
