package fr.pitchoun.podcast.privacy;

import fr.pitchoun.podcast.listening.ListeningPositions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/**
 * What this service keeps about a family (its listening positions), for auth-gateway's « Télécharger mes données »
 * and « Supprimer mes données »: a service token with scope {@code podcast:privacy} only.
 */
@Path("/api/privacy/accounts/{customer: [A-Za-z0-9_-]{1,64}}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("podcast:privacy")
@Tag(name = "Données personnelles", description = "Export et effacement des données d'une famille")
public class PrivacyResource {

    /** The export: every position kept, most recent first. */
    public record AccountData(List<ListeningPositions.Kept> positions) {
    }

    private final ListeningPositions positions;

    PrivacyResource(ListeningPositions positions) {
        this.positions = positions;
    }

    @GET
    @Operation(summary = "Toutes les positions d'écoute gardées pour ce compte")
    public AccountData export(@PathParam("customer") String customer) {
        return new AccountData(positions.allOf(customer));
    }

    /** Idempotent: a repeat deletes nothing and answers 0. */
    @DELETE
    @Operation(summary = "Efface les positions d'écoute de ce compte", description = "Répond le nombre effacé.")
    public Map<String, Long> erase(@PathParam("customer") String customer) {
        return Map.of("deleted", positions.eraseAll(customer));
    }
}
