package fr.pitchoun.podcast.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.time.Instant;

@Schema(description = "Un épisode publié. Pour une exclusivité MyPitchoun+, jamais d'adresse audio : seulement le nom "
        + "du fichier que le site signe pour ses abonnés (deploy/CONTRACTS.md, « Podcasts exclusifs »)")
public record EpisodeView(
        @Schema(description = "Identifiant de l'épisode dans les adresses, unique dans son émission") String slug,
        @Schema(description = "Titre de l'épisode") String title,
        @Schema(description = "Résumé de l'épisode") String description,
        @Schema(description = "Durée en secondes") int durationSeconds,
        @Schema(description = "Date de publication") Instant publishedAt,
        @Schema(description = "Numéro de saison, absent hors saison") Integer seasonNumber,
        @Schema(description = "Réservé aux abonnés MyPitchoun+") boolean exclusive,
        @Schema(description = "Contenu explicite selon Ausha") boolean explicit,
        @Schema(description = "Identifiant stable pour les applications de podcast") String guid,
        @Schema(description = "Adresse du fichier audio ; absente pour une exclusivité") String audioUrl,
        @Schema(description = "Nom du fichier audio d'une exclusivité, à signer ; absent sinon") String exclusiveAudioFile,
        @Schema(description = "Visuel de l'épisode") String imageUrl,
        @Schema(description = "Taille du fichier audio en octets selon Ausha ; absente si Ausha ne la donne pas")
        Long audioSizeBytes) {

    static EpisodeView of(Episode episode) {
        return new EpisodeView(episode.slug, episode.title, episode.description, episode.durationSeconds,
                episode.publishedAt, episode.seasonNumber, episode.exclusive, episode.explicit,
                episode.guid == null ? "pitchoun-podcast-" + episode.aushaId : episode.guid,
                episode.exclusive ? null : episode.audioUrl,
                episode.exclusive ? fileName(episode.audioUrl) : null, episode.imageUrl, episode.audioSizeBytes);
    }

    /** The last path segment of Ausha's audio address (Ausha names files {@code <public id>.mp3}). */
    static String fileName(String audioUrl) {
        String path = URI.create(audioUrl).getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
