package fr.pitchoun.cms.article;

import fr.pitchoun.cms.content.ContentChanges;
import fr.pitchoun.cms.content.ContentType;
import fr.pitchoun.cms.content.ItemEdits;
import fr.pitchoun.cms.form.FieldErrors;
import fr.pitchoun.cms.media.MediaChoices;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The news ("actualités"): most recent first on the site. */
@Singleton // no client proxy: the shared superclass has no constructor without arguments for one
public class NewsCatalog extends ArticleCatalog<NewsItem> {

    @ApplicationScoped
    static class Store implements PanacheRepository<NewsItem> {
    }

    NewsCatalog(Store store, Validator validator, ContentChanges changes, ItemEdits edits,
                MediaChoices medias) {
        super(ContentType.NEWS, "une autre actualité", store, validator, changes, edits, medias);
    }

    @Override
    protected NewsItem newItem() {
        return new NewsItem();
    }

    @Override
    public List<String> fields() {
        return ArticleForm.FIELDS;
    }

    @Override
    protected Sort publicOrder() {
        return Sort.descending("publishedOn").and("id", Sort.Direction.Descending);
    }

    @Override
    protected void checkOwnFields(ArticleForm form, FieldErrors errors) {
        if (form.publishedOn.isEmpty()) {
            errors.add("publishedOn", "Indiquez la date affichée de l'actualité.");
        } else if (parseDate(form.publishedOn) == null) {
            errors.add("publishedOn", "La date affichée n'est pas valide (exemple : 2026-11-25).");
        }
        if (!errors.has("imageId") && !form.imageId.isEmpty() && medias.find(Long.valueOf(form.imageId)) == null) {
            errors.add("imageId", "Cette image n'est pas (ou plus) dans la médiathèque : choisissez-en une autre.");
        }
    }

    @Override
    protected void applyOwnFields(ArticleForm form, NewsItem news) {
        news.publishedOn = parseDate(form.publishedOn);
        news.image = form.imageId.isEmpty() ? null : medias.find(Long.valueOf(form.imageId));
    }

    private static LocalDate parseDate(String typed) {
        try {
            return LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
