package fr.pitchoun.auth.account;

import fr.pitchoun.auth.session.Entitlement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "Compte du spectateur connecté")
public record AccountView(
        @Schema(example = "1003") long customerId,
        @Schema(example = "Hugo") String firstName,
        @Schema(description = "Absent si Kinow ne répond pas", example = "Petit") String lastName,
        @Schema(description = "Absent si Kinow ne répond pas", example = "mypitchoun-plus@demo.pitchoun.fr")
        String email,
        List<Entitlement> entitlements,
        @Schema(description = "L'offre en toutes lettres", example = "MyPitchoun+") String offer,
        @Schema(description = "Faux quand Kinow n'a pas pu donner le détail du compte") boolean detailsAvailable) {

    static String offerOf(List<Entitlement> entitlements) {
        if (entitlements.contains(Entitlement.MYPITCHOUN_PLUS)) {
            return "MyPitchoun+";
        }
        return entitlements.contains(Entitlement.MYPITCHOUN) ? "MyPitchoun" : "Sans abonnement";
    }
}
