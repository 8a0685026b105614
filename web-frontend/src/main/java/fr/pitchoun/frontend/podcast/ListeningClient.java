package fr.pitchoun.frontend.podcast;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** podcast-service's "continue listening" API, per account (the Kinow customer id of the verified session). */
@RegisterRestClient(configKey = "podcast")
@Path("/api/ecoutes/{customer}")
@Produces(MediaType.APPLICATION_JSON)
public interface ListeningClient {

    record Position(int positionSeconds) {
    }

    @GET
    List<ResumePoint> inProgress(@PathParam("customer") String customer);

    @GET
    @Path("{show}/{episode}")
    Position resumeAt(@PathParam("customer") String customer, @PathParam("show") String show,
                      @PathParam("episode") String episode);

    @PUT
    @Path("{show}/{episode}")
    @Consumes(MediaType.APPLICATION_JSON)
    void record(@PathParam("customer") String customer, @PathParam("show") String show,
                @PathParam("episode") String episode, Position position);
}
