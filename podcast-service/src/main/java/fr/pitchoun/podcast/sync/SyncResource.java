package fr.pitchoun.podcast.sync;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sync")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Synchronisation", description = "Copie du catalogue Ausha")
public class SyncResource {

    private final SyncStatus status;

    SyncResource(SyncStatus status) {
        this.status = status;
    }

    @GET
    @Operation(summary = "État de la dernière synchronisation avec Ausha",
            description = "Heure et résultat de la dernière tentative, dernière réussite et cause d'un échec. "
                    + "Une panne d'Ausha apparaît ici : le service reste prêt et sert le catalogue déjà copié.")
    public SyncState status() {
        return status.current();
    }
}
