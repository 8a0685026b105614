package fr.pitchoun.auth.profile;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "Profil enfant d'un compte famille")
public record ProfileView(
        long id,
        @Schema(description = "Identifiant du client (parent) chez Kinow") long customerId,
        @Schema(example = "Lou") String name,
        @Schema(example = "4-6") String ageBand,
        @Schema(description = "Tranche d'âge en toutes lettres", example = "4 à 6 ans") String ageBandLabel,
        @Schema(example = "fox") String avatar,
        Instant createdAt) {

    static ProfileView of(ChildProfile profile) {
        return new ProfileView(profile.id, profile.kinowCustomerId, profile.name, profile.ageBand.code(),
                profile.ageBand.label(), profile.avatar.code(), profile.createdAt);
    }
}
