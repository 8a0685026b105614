package fr.pitchoun.podcast.catalogue;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/podcasts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Podcasts", description = "Émissions hébergées chez Ausha, servies depuis la copie locale")
public class PodcastResource {

    private static final int MAX_PAGE_SIZE = 100;

    private final Catalogue catalogue;

    PodcastResource(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Operation(summary = "Émissions de podcast, par titre",
            description = "Chaque émission avec son nombre d'épisodes publiés. Servi depuis la dernière synchronisation "
                    + "réussie avec Ausha, même si Ausha est indisponible.")
    public List<ShowSummary> shows() {
        return catalogue.shows();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Une émission et une page de ses épisodes",
            description = "Les épisodes publiés, du plus récent au plus ancien, d'une saison ou de toutes. "
                    + "404 pour une émission inconnue.")
    @APIResponse(responseCode = "200", description = "L'émission et ses épisodes")
    @APIResponse(responseCode = "404", description = "Émission inconnue")
    public ShowDetail show(@PathParam("slug") String slug, @QueryParam("saison") Integer season,
                           @QueryParam("page") @DefaultValue("1") int page,
                           @QueryParam("taille") @DefaultValue("20") int size) {
        int boundedSize = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
        return catalogue.show(slug, season, Math.max(1, page), boundedSize).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{slug}/{episode}")
    @Operation(summary = "Un épisode", description = "404 pour une émission ou un épisode inconnu (ou retiré par Ausha).")
    @APIResponse(responseCode = "200", description = "L'épisode et son émission")
    @APIResponse(responseCode = "404", description = "Émission ou épisode inconnu")
    public EpisodeDetail episode(@PathParam("slug") String slug, @PathParam("episode") String episode) {
        return catalogue.episode(slug, episode).orElseThrow(NotFoundException::new);
    }
}
