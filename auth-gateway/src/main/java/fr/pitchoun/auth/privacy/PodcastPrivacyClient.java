package fr.pitchoun.auth.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** podcast-service's privacy API (podcast-service/README.md), called with a service token of this gateway. */
@Path("/api/privacy/accounts/{customer}")
@Produces(MediaType.APPLICATION_JSON)
public interface PodcastPrivacyClient {

    @GET
    JsonNode export(@HeaderParam("Authorization") String bearer, @PathParam("customer") long customerId);

    @DELETE
    JsonNode erase(@HeaderParam("Authorization") String bearer, @PathParam("customer") long customerId);
}
