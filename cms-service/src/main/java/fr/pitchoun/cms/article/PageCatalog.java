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

import java.util.List;

/** The site's free pages. */
@Singleton // no client proxy: the shared superclass has no constructor without arguments for one
public class PageCatalog extends ArticleCatalog<SitePage> {

    private static final List<String> FIELDS = ArticleForm.FIELDS.stream()
            .filter(field -> !field.equals("publishedOn") && !field.equals("imageId")).toList();

    @ApplicationScoped
    static class Store implements PanacheRepository<SitePage> {
    }

    PageCatalog(Store store, Validator validator, ContentChanges changes, ItemEdits edits,
                MediaChoices medias) {
        super(ContentType.PAGE, "une autre page", store, validator, changes, edits, medias);
    }

    @Override
    protected SitePage newItem() {
        return new SitePage();
    }

    @Override
    public List<String> fields() {
        return FIELDS;
    }

    /** By title: the list is for menus and site maps. */
    @Override
    protected Sort publicOrder() {
        return Sort.by("title").and("slug");
    }

    @Override
    protected void checkOwnFields(ArticleForm form, FieldErrors errors) {
        // A page has no field of its own.
    }

    @Override
    protected void applyOwnFields(ArticleForm form, SitePage page) {
        // A page has no field of its own.
    }
}
