package fr.pitchoun.cms.radio;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.pitchoun.cms.media.PublicImage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(description = "Radio publiée, telle que le site public l'affiche.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublishedRadio(
        @Schema(description = "Identifiant stable utilisé dans les adresses", example = "pitchoun-radio") String slug,
        @Schema(example = "Pitchoun Radio") String name,
        String description,
        @Schema(description = "Image de la radio, si elle en a une") PublicImage image,
        @Schema(description = "Ce qui passe en ce moment (absent si rien n'est indiqué)",
                example = "Henri Dès — Le beau vélo") String nowPlaying,
        @Schema(description = "Quand « en ce moment » a été mis à jour") Instant nowPlayingUpdatedAt,
        @Schema(description = "Flux d'écoute, dans l'ordre où les proposer") List<Stream> versions) {

    @Schema(name = "RadioStream", description = "Une version (flux) d'une radio.")
    public record Stream(
            @Schema(example = "Qualité standard") String name,
            @Schema(example = "https://radio.pitchoun.example/live.mp3") String streamUrl,
            @Schema(description = "MP3, AAC ou HLS", example = "MP3") StreamFormat format) {
    }

    static PublishedRadio of(Radio radio) {
        return new PublishedRadio(radio.slug, radio.name, radio.description, PublicImage.of(radio.image),
                radio.nowPlaying.isEmpty() ? null : radio.nowPlaying,
                radio.nowPlaying.isEmpty() ? null : radio.nowPlayingUpdatedAt,
                radio.versions.stream().map(v -> new Stream(v.name, v.streamUrl, v.format)).toList());
    }
}
