package fr.pitchoun.cms.article;

import fr.pitchoun.cms.content.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "Une page de la liste des actualités publiées, les plus récentes en premier.")
public record NewsList(
        @Schema(description = "Les actualités de cette page (sans leur contenu)") List<PublishedNews> items,
        @Schema(description = "Numéro de cette page, à partir de 1", example = "1") int page,
        @Schema(description = "Nombre de pages", example = "3") int pageCount,
        @Schema(description = "Nombre d'actualités publiées", example = "42") long total) {

    static NewsList of(Page<NewsItem> page) {
        return new NewsList(page.items().stream().map(news -> PublishedNews.of(news, false)).toList(), page.number(),
                page.count(), page.total());
    }
}
