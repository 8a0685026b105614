package fr.pitchoun.frontend.podcast;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** podcast-service's JSON API (its README); URL and timeouts are the {@code quarkus.rest-client.podcast.*} settings. */
@RegisterRestClient(configKey = "podcast")
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/podcasts")
public interface PodcastClient {

    @GET
    List<PodcastShow> shows();

    /** 404 throws {@link jakarta.ws.rs.NotFoundException}. */
    @GET
    @Path("{show}")
    PodcastShowPage show(@PathParam("show") String show, @QueryParam("saison") Integer season,
                         @QueryParam("page") int page, @QueryParam("taille") int size);

    @GET
    @Path("{show}/{episode}")
    PodcastEpisodePage episode(@PathParam("show") String show, @PathParam("episode") String episode);
}
