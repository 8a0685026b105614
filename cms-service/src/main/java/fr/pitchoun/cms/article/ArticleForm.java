package fr.pitchoun.cms.article;

import fr.pitchoun.cms.editor.PublicationForm;
import fr.pitchoun.cms.content.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;
import java.util.Map;

/**
 * What an editor typed in the form of a page or a news item, kept as text so it can be shown back as typed. The news
 * fields (date, image) are checked by the news catalogue only; a page's form does not have them.
 */
public class ArticleForm extends PublicationForm {

    /** Form fields in page order (the news form's order; a page has no publishedOn nor imageId). */
    static final List<String> FIELDS = List.of("title", "slug", "publishedOn", "summary", "imageId", "body", "status",
            "publishAt");
    static final Map<String, String> LABELS = Map.of("title", "titre", "slug", "identifiant", "publishedOn",
            "date affichée", "summary", "résumé", "imageId", "image", "body", "contenu", "status", "statut",
            "publishAt", "date de publication");
    static final int BODY_MAX = 100_000;

    @RestForm
    @NotBlank(message = "Indiquez le titre.")
    @Size(max = 160, message = "Le titre ne doit pas dépasser 160 caractères.")
    public String title = "";

    @RestForm
    @Pattern(regexp = Slugs.PATTERN, message = Slugs.PATTERN_MESSAGE)
    @Size(max = Slugs.MAX_LENGTH, message = Slugs.LENGTH_MESSAGE)
    public String slug = "";

    /** News only: the date shown, as a date field sends it (2026-11-25). */
    @RestForm
    public String publishedOn = "";

    @RestForm
    @Size(max = 300, message = "Le résumé ne doit pas dépasser 300 caractères.")
    public String summary = "";

    /** News only: the id of a media library image, or empty. */
    @RestForm
    @Pattern(regexp = "^$|[0-9]{1,18}", message = "Choisissez une image de la médiathèque.")
    public String imageId = "";

    @RestForm
    @NotBlank(message = "Écrivez le contenu.")
    @Size(max = BODY_MAX, message = "Le contenu ne doit pas dépasser 100 000 caractères.")
    public String body = "";


    static ArticleForm of(Article article) {
        ArticleForm form = new ArticleForm();
        form.title = article.title;
        form.slug = article.slug;
        form.summary = article.summary;
        form.body = article.body;
        form.showPublication(article);
        if (article instanceof NewsItem news) {
            form.publishedOn = news.publishedOn.toString();
            form.imageId = news.image == null ? "" : news.image.id.toString();
        }
        return form;
    }

}
