package fr.pitchoun.ingest.channel;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/channels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chaînes", description = "Les chaînes en direct et leur état à l'antenne")
public class ChannelResource {

    private final ChannelDirectory directory;

    ChannelResource(ChannelDirectory directory) {
        this.directory = directory;
    }

    @GET
    @Operation(summary = "Toutes les chaînes, par slug", description = "Indique pour chacune si elle est à l'antenne et depuis quand.")
    public List<ChannelSummary> all() {
        return directory.all();
    }
}
