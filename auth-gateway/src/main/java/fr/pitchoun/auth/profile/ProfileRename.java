package fr.pitchoun.auth.profile;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Nouveau prénom ou surnom d'un profil enfant")
public record ProfileRename(@Schema(example = "Loulou") String name) {
}
