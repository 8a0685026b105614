package fr.pitchoun.transcode.channel;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/channels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chaînes", description = "Transcodage HLS des chaînes en direct")
public class ChannelResource {

    private final ChannelSupervisor supervisor;

    public ChannelResource(ChannelSupervisor supervisor) {
        this.supervisor = supervisor;
    }

    @GET
    @Operation(summary = "Chaînes transcodées par ce worker",
            description = "Toutes les chaînes que ce worker a transcodées depuis son démarrage, triées par nom : "
                    + "état de FFmpeg, depuis quand, vitesse d'encodage et heure du dernier segment.")
    public List<ChannelStatus> list() {
        return supervisor.statuses();
    }
}
