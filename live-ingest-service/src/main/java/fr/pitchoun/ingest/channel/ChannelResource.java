package fr.pitchoun.ingest.channel;

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

/** Open on purpose: transcode-worker rebuilds its state from it after a failover. */
@Path("/api/channels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chaînes", description = "Les chaînes en direct et leur état à l'antenne")
public class ChannelResource {

    private final ChannelDirectory directory;

    ChannelResource(ChannelDirectory directory) {
        this.directory = directory;
    }

    @GET
    @Operation(summary = "Toutes les chaînes, par slug",
            description = "Indique pour chacune si elle est à l'antenne, depuis quand, où tirer son flux et son habillage "
                    + "hors antenne.")
    public List<ChannelSummary> all() {
        return directory.all();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Une chaîne")
    @APIResponse(responseCode = "200", description = "La chaîne")
    @APIResponse(responseCode = "404", description = "Aucune chaîne de ce slug")
    public ChannelSummary one(@PathParam("slug") String slug) {
        return directory.bySlug(slug).orElseThrow(() -> new NotFoundException("Chaîne inconnue : " + slug));
    }
}
