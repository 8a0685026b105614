package fr.pitchoun.transcode.channel;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/channels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chaînes", description = "Chaînes en direct à l'antenne sur ce worker")
public class ChannelResource {

    private final ChannelSupervisor supervisor;

    public ChannelResource(ChannelSupervisor supervisor) {
        this.supervisor = supervisor;
    }

    @GET
    @Operation(summary = "Chaînes à l'antenne sur ce worker",
            description = "Les chaînes des partitions que ce worker possède, triées par nom : direct ou carton, "
                    + "depuis quand, rendus, vitesse de FFmpeg, redémarrages, âge du dernier segment.")
    public List<ChannelStatus> list() {
        return supervisor.statuses();
    }

    @GET
    @Path("/{channel}")
    @Operation(summary = "Une chaîne", description = "L'état d'une chaîne à l'antenne sur ce worker ; 404 sinon.")
    public ChannelStatus one(@PathParam("channel") String channel) {
        return supervisor.statuses().stream().filter(s -> s.channel().equals(channel)).findFirst()
                .orElseThrow(() -> new NotFoundException("chaîne inconnue de ce worker : " + channel));
    }
}
