package fr.pitchoun.cms.programme;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.pitchoun.cms.media.PublicImage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "Programme publié, tel que le site public l'affiche.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublishedProgramme(
        @Schema(description = "Identifiant stable utilisé dans les adresses", example = "mission-ocean") String slug,
        @Schema(example = "Mission Océan") String title,
        String synopsis,
        @Schema(description = "Âge minimum conseillé, en années (4 à 12)", example = "6") int ageMin,
        @Schema(description = "Âge maximum conseillé, en années (4 à 12)", example = "10") int ageMax,
        @Schema(description = "Thèmes abordés", example = "[\"océan\", \"amitié\"]") List<String> themes,
        @Schema(description = "Image du programme (null s'il n'en a pas)", nullable = true)
        @JsonInclude(JsonInclude.Include.ALWAYS) PublicImage image,
        @Schema(description = "Épisodes publiés, par numéro (seulement dans la réponse d'un programme)")
        List<PublishedEpisode> episodes) {

    static PublishedProgramme of(Programme programme, List<Episode> episodes) {
        return new PublishedProgramme(programme.slug, programme.title, programme.synopsis,
                programme.ageMin, programme.ageMax, programme.themeList(), PublicImage.of(programme.image),
                episodes == null ? null : episodes.stream().map(PublishedEpisode::of).toList());
    }
}
