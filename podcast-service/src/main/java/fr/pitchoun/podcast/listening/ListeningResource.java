package fr.pitchoun.podcast.listening;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/**
 * "Continue listening" for web-frontend, which gives the account id of its verified session (an internal API, like
 * the rest of this service: not exposed to browsers).
 */
@Path("/api/ecoutes/{customer: [A-Za-z0-9_-]{1,64}}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reprise d'écoute", description = "Où chaque compte s'est arrêté dans les épisodes")
public class ListeningResource {

    public record Position(int positionSeconds) {
    }

    private final ListeningPositions positions;

    ListeningResource(ListeningPositions positions) {
        this.positions = positions;
    }

    @GET
    @Operation(summary = "Épisodes commencés et pas finis, le plus récent d'abord (10 au plus)")
    public List<ResumePoint> inProgress(@PathParam("customer") String customer) {
        return positions.inProgress(customer);
    }

    @GET
    @Path("{show}/{episode}")
    @Operation(summary = "Où reprendre cet épisode (0 s'il n'est pas commencé ou s'il est fini)")
    public Position resumeAt(@PathParam("customer") String customer, @PathParam("show") String show,
                             @PathParam("episode") String episode) {
        return new Position(positions.resumeAt(customer, show, episode));
    }

    @PUT
    @Path("{show}/{episode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enregistre la position atteinte ; 404 pour un épisode inconnu")
    public void record(@PathParam("customer") String customer, @PathParam("show") String show,
                       @PathParam("episode") String episode, Position position) {
        if (position == null || !positions.record(customer, show, episode, position.positionSeconds(), Instant.now())) {
            throw new NotFoundException();
        }
    }
}
