package fr.pitchoun.cms.programme;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Programme publié, tel que le site public l'affiche.")
public record PublishedProgramme(
        @Schema(description = "Identifiant stable utilisé dans les adresses", example = "mission-ocean") String slug,
        @Schema(example = "Mission Océan") String title,
        String synopsis,
        @Schema(description = "Âge minimum conseillé, en années (4 à 12)", example = "6") int ageMin,
        @Schema(description = "Âge maximum conseillé, en années (4 à 12)", example = "10") int ageMax) {

    static PublishedProgramme of(Programme programme) {
        return new PublishedProgramme(programme.slug, programme.title, programme.synopsis,
                programme.ageMin, programme.ageMax);
    }
}
