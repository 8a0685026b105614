package fr.pitchoun.podcast.catalogue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/podcasts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Podcasts", description = "Émissions hébergées chez Ausha, servies depuis la copie locale")
public class PodcastResource {

    private final Catalogue catalogue;

    PodcastResource(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Operation(summary = "Émissions de podcast, par titre",
            description = "Chaque émission avec son nombre d'épisodes publics. Servi depuis la dernière synchronisation "
                    + "réussie avec Ausha, même si Ausha est indisponible.")
    public List<ShowSummary> shows() {
        return catalogue.shows();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Une émission et ses épisodes",
            description = "Les épisodes publics, du plus récent au plus ancien. 404 pour une émission inconnue.")
    @APIResponse(responseCode = "200", description = "L'émission et ses épisodes")
    @APIResponse(responseCode = "404", description = "Émission inconnue")
    public ShowDetail show(@PathParam("slug") String slug) {
        return catalogue.show(slug).orElseThrow(NotFoundException::new);
    }
}
