package fr.pitchoun.cms.home;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.pitchoun.cms.media.PublicImage;
import fr.pitchoun.cms.programme.Programme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "Bloc publié de la page d'accueil ; seuls les champs de son type sont présents.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicBlock(
        @Schema(description = "Type du bloc", example = "HERO") BlockKind kind,
        @Schema(example = "Bienvenue sur Pitchoun !") String title,
        @Schema(description = "Texte du bloc (HERO, LIVE_TEASER, PODCAST_HIGHLIGHT)") String text,
        @Schema(description = "Image (HERO), adresses relatives à cms-service") PublicImage image,
        @Schema(description = "Lien (HERO) : chemin du site ou adresse https") Link link,
        @Schema(description = "Programmes publiés du carrousel, dans l'ordre (PROGRAMME_CAROUSEL)")
        List<ProgrammeCard> programmes,
        @Schema(description = "Chaîne TV mise en avant (LIVE_TEASER)", example = "pitchoun-tv") String channel,
        @Schema(description = "Identifiant de l'émission dans podcast-service (PODCAST_HIGHLIGHT)",
                example = "les-histoires-du-soir-de-pitchoun") String podcastShow,
        @Schema(description = "Nombre de prochains événements à montrer (EVENTS)", example = "3") Integer eventCount) {

    @Schema(description = "Lien d'un bloc")
    public record Link(@Schema(example = "Regarder le direct") String label,
                       @Schema(example = "/direct") String url) {
    }

    @Schema(description = "Programme publié d'un carrousel")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProgrammeCard(@Schema(example = "mission-ocean") String slug,
                                @Schema(example = "Mission Océan") String title,
                                @Schema(example = "6") int ageMin,
                                @Schema(example = "10") int ageMax,
                                @Schema(description = "Image du programme, quand il en a une") PublicImage image) {

        static ProgrammeCard of(Programme programme) {
            return new ProgrammeCard(programme.slug, programme.title, programme.ageMin, programme.ageMax,
                    PublicImage.of(programme.image));
        }
    }

    /** The block as the site shows it; {@code programmes} are the carousel's, already resolved and published. */
    static PublicBlock of(HomeBlock block, List<Programme> programmes) {
        return switch (block.kind) {
            case HERO -> new PublicBlock(block.kind, block.title, block.body, PublicImage.of(block.image),
                    block.linkTarget == null ? null : new Link(block.linkLabel, block.linkTarget),
                    null, null, null, null);
            case PROGRAMME_CAROUSEL -> new PublicBlock(block.kind, block.title, null, null, null,
                    programmes.stream().map(ProgrammeCard::of).toList(), null, null, null);
            case LIVE_TEASER -> new PublicBlock(block.kind, block.title, block.body, null, null, null,
                    block.channelSlug, null, null);
            case PODCAST_HIGHLIGHT -> new PublicBlock(block.kind, block.title, block.body, null, null, null, null,
                    block.podcastShow, null);
            case EVENTS -> new PublicBlock(block.kind, block.title, null, null, null, null, null, null,
                    block.eventCount);
        };
    }
}
