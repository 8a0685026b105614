package fr.pitchoun.cms.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.pitchoun.cms.media.PublicImage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(description = "Actualité publiée, telle que le site l'affiche.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublishedNews(
        @Schema(description = "Identifiant stable utilisé dans les adresses", example = "la-rentree-de-pitchoun")
        String slug,
        @Schema(example = "La rentrée de Pitchoun") String title,
        @Schema(description = "Date affichée de l'actualité", example = "2026-09-01") LocalDate publishedOn,
        @Schema(description = "Résumé pour les moteurs de recherche et les cartes") String summary,
        @Schema(description = "Image de la médiathèque, absente s'il n'y en a pas") PublicImage image,
        @Schema(description = "Contenu en HTML déjà nettoyé (liste de balises autorisées), à afficher tel quel ; "
                + "absent de la liste des actualités") String body) {

    static PublishedNews of(NewsItem news, boolean withBody) {
        return new PublishedNews(news.slug, news.title, news.publishedOn, news.summary, PublicImage.of(news.image),
                withBody ? news.body : null);
    }
}
