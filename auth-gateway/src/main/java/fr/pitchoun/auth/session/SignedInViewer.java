package fr.pitchoun.auth.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(description = "Spectateur connecté et offres auxquelles il a droit")
public record SignedInViewer(
        @Schema(description = "Identifiant du client chez Kinow", example = "1002") long customerId,
        @Schema(description = "Prénom du titulaire du compte", example = "Léa") String firstName,
        @Schema(description = "Offres ouvertes ; MYPITCHOUN_PLUS inclut toujours MYPITCHOUN")
        List<Entitlement> entitlements,
        @Schema(description = "Fin de validité du jeton de session (il est prolongé tant que le spectateur est actif)")
        Instant sessionExpiresAt,
        @Schema(description = "Qui regarde sous cette session ; absent tant que personne n'a été choisi")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        WatchingProfile watching) {

    public static SignedInViewer of(ViewerSession session) {
        return new SignedInViewer(session.customerId(), session.firstName(),
                SessionService.sorted(session.entitlements()), session.expiresAt(), session.watching());
    }
}
