package fr.pitchoun.frontend.catalogue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/**
 * cms-service as this site uses it; its URL and timeouts are the {@code quarkus.rest-client.cms.*} settings. Methods
 * returning data throw {@link jakarta.ws.rs.WebApplicationException} on an error status; those returning a
 * {@link Response} give 3xx answers back as they are (redirects are not followed).
 */
@RegisterRestClient(configKey = "cms")
public interface CmsClient {

    @GET
    @Path("/api/programmes")
    @Produces(MediaType.APPLICATION_JSON)
    List<Programme> publishedProgrammes();

    /** 200 with the programme and its episodes, 301 with its current address in Location; 404 throws. */
    @GET
    @Path("/api/programmes/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    Response programme(@PathParam("slug") String slug);

    @GET
    @Path("/api/accueil")
    @Produces(MediaType.APPLICATION_JSON)
    HomePage homePage();

    @GET
    @Path("/api/menus/{name}")
    @Produces(MediaType.APPLICATION_JSON)
    CmsMenu menu(@PathParam("name") String name);

    @GET
    @Path("/api/evenements")
    @Produces(MediaType.APPLICATION_JSON)
    List<UpcomingEvent> events(@QueryParam("passes") boolean withPast);

    /** 200 with the event (even a past one), 301 with its current address in Location; 404 throws. */
    @GET
    @Path("/api/evenements/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    Response event(@PathParam("slug") String slug);

    @GET
    @Path("/api/chaines")
    @Produces(MediaType.APPLICATION_JSON)
    List<TvChannel> channels();

    /** A channel's slots of one day (Paris time), in order. */
    @GET
    @Path("/api/chaines/{slug}/grille")
    @Produces(MediaType.APPLICATION_JSON)
    List<ScheduleSlot> schedule(@PathParam("slug") String channel, @QueryParam("date") String day);

    @GET
    @Path("/api/radios")
    @Produces(MediaType.APPLICATION_JSON)
    List<Radio> radios();

    @GET
    @Path("/api/actualites")
    @Produces(MediaType.APPLICATION_JSON)
    NewsList news(@QueryParam("page") int page);

    /** 200 with the news item and its body, 301 with its current address in Location; 404 throws. */
    @GET
    @Path("/api/actualites/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    Response newsItem(@PathParam("slug") String slug);

    /** 200 with the page, 301 with its current address in Location; 404 throws. */
    @GET
    @Path("/api/pages/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    Response page(@PathParam("slug") String slug);

    /** An image of the media library; 304 when {@code If-None-Match} still matches. */
    @GET
    @Path("/medias/{id}/{variant}")
    Response media(@PathParam("id") long id, @PathParam("variant") String variant,
                   @HeaderParam("If-None-Match") String ifNoneMatch);

    /** Throws {@link jakarta.ws.rs.WebApplicationException} when cms-service answers that it is not ready. */
    @GET
    @Path("/q/health/ready")
    Response readiness();

    /** The published quiz of a published episode; 404 (thrown) when it has none. */
    @GET
    @Path("/api/programmes/{programme}/episodes/{episode}/quiz")
    @Produces(MediaType.APPLICATION_JSON)
    Quiz quiz(@PathParam("programme") String programme, @PathParam("episode") String episode);
}
