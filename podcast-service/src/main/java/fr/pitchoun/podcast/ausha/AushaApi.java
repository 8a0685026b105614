package fr.pitchoun.podcast.ausha;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The part of Ausha's public API (https://developers.ausha.co/docs/1.0/) the sync reads. The token travels as a
 * parameter so that one client shape serves any token (a revoked one included).
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface AushaApi {

    /** The shows the token's user owns or has rights on (route {@code shows.indexWithGranted}). */
    @GET
    @Path("/shows/granted")
    AushaPage<AushaShow> grantedShows(@HeaderParam("Authorization") String authorization,
                                      @QueryParam("page") int page, @QueryParam("per_page") int perPage);

    /**
     * A show's episodes, which Ausha calls podcasts (route {@code podcasts.index}); {@code status} is the documented
     * array filter, sent Laravel-style as {@code status[]=active} so drafts and scheduled episodes stay at Ausha.
     */
    @GET
    @Path("/shows/{show}/podcasts")
    AushaPage<AushaEpisode> podcasts(@HeaderParam("Authorization") String authorization, @PathParam("show") long showId,
                                     @QueryParam("status[]") String status,
                                     @QueryParam("page") int page, @QueryParam("per_page") int perPage);

    /** A show's seasons (route {@code seasons.index}), not paginated in the docs. */
    @GET
    @Path("/shows/{show}/seasons")
    AushaPage<AushaSeason> seasons(@HeaderParam("Authorization") String authorization, @PathParam("show") long showId);
}
