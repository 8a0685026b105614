package fr.pitchoun.auth.session;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "Spectateur connecté et offres auxquelles il a droit")
public record SignedInViewer(
        @Schema(description = "Identifiant du client chez Kinow", example = "1002") long customerId,
        @Schema(description = "Prénom du titulaire du compte", example = "Léa") String firstName,
        @Schema(description = "Offres ouvertes ; MYPITCHOUN_PLUS inclut toujours MYPITCHOUN")
        List<Entitlement> entitlements) {
}
