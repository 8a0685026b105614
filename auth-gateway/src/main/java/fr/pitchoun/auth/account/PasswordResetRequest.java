package fr.pitchoun.auth.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Demande de lien pour choisir un nouveau mot de passe")
public record PasswordResetRequest(@Schema(example = "mypitchoun@demo.pitchoun.fr") String email) {
}
