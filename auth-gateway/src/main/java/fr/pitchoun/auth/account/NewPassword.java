package fr.pitchoun.auth.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Nouveau mot de passe, avec le jeton reçu par e-mail")
public record NewPassword(@Schema(description = "Le jeton du lien reçu par e-mail") String token,
                          @Schema(description = "8 caractères au moins") String password) {

    @Override
    public String toString() {
        return "NewPassword[…]";
    }
}
