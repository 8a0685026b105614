package fr.pitchoun.cms.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Page publiée (« Qui sommes-nous », « Mentions légales »...), telle que le site l'affiche.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublishedPage(
        @Schema(description = "Identifiant stable utilisé dans les adresses", example = "qui-sommes-nous") String slug,
        @Schema(example = "Qui sommes-nous ?") String title,
        @Schema(description = "Résumé pour les moteurs de recherche et les cartes") String summary,
        @Schema(description = "Contenu en HTML déjà nettoyé (liste de balises autorisées), à afficher tel quel ; "
                + "absent de la liste des pages") String body) {

    static PublishedPage of(SitePage page, boolean withBody) {
        return new PublishedPage(page.slug, page.title, page.summary, withBody ? page.body : null);
    }
}
