package fr.pitchoun.cms.article;

import fr.pitchoun.cms.account.CurrentEditor;
import fr.pitchoun.cms.content.Actor;
import fr.pitchoun.cms.content.AuditEntry;
import fr.pitchoun.cms.content.Page;
import fr.pitchoun.cms.content.ParisTime;
import fr.pitchoun.cms.content.PublicationState;
import fr.pitchoun.cms.content.RichText;
import fr.pitchoun.cms.editor.ItemPages;
import fr.pitchoun.cms.form.FieldErrors;
import fr.pitchoun.cms.form.FormOutcome;
import fr.pitchoun.cms.media.PublicImage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.LocalDate;
import java.util.List;

import static fr.pitchoun.cms.editor.EditorResponses.savedMessage;
import static fr.pitchoun.cms.editor.EditorResponses.seeOther;
import static fr.pitchoun.cms.editor.EditorResponses.unprocessable;

/**
 * The editors' pages for free pages ({@code /editeur/pages}) and news ({@code /editeur/actualites}): the same pages
 * for both kinds, the news form has a date and an image more. Thin: the catalogues decide.
 */
@Path("/editeur/{kind: pages|actualites}")
@Produces(MediaType.TEXT_HTML)
public class ArticleEditorResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance articles(ArticleKind kind, Page<Article> page, String q, String etat,
                                                List<PublicationState> states, Article created, boolean deleted,
                                                String cleaned);

        static native TemplateInstance articleForm(ArticleKind kind, ArticleForm form, FieldErrors errors,
                                                   Article article, String message, String cleaned);

        static native TemplateInstance preview(ArticleKind kind, Article article, NewsItem news, PublicImage image);

        static native TemplateInstance history(ArticleKind kind, Article article, List<AuditEntry> entries);
    }

    private final PageCatalog pages;
    private final NewsCatalog news;
    private final CurrentEditor editor;

    ArticleEditorResource(PageCatalog pages, NewsCatalog news, CurrentEditor editor) {
        this.pages = pages;
        this.news = news;
        this.editor = editor;
    }

    @GET
    public TemplateInstance list(@RestPath String kind, @RestQuery String q, @RestQuery String etat,
                                 @RestQuery Integer page, @RestQuery("cree") String createdSlug,
                                 @RestQuery String supprime, @RestQuery String nettoye) {
        ArticleKind shown = ArticleKind.ofPath(kind);
        PublicationState state = PublicationState.fromFilter(etat);
        Article created = createdSlug == null ? null : catalog(shown).bySlug(createdSlug).orElse(null);
        return Templates.articles(shown, widen(catalog(shown).search(q, state, page == null ? 1 : page)),
                q == null ? "" : q, state == null ? "" : state.name(), List.of(PublicationState.values()), created,
                supprime != null, RichText.describe(nettoye));
    }

    @GET
    @Path("nouveau")
    public TemplateInstance newArticle(@RestPath String kind) {
        ArticleForm form = new ArticleForm();
        form.publishedOn = LocalDate.now(ParisTime.ZONE).toString();
        return Templates.articleForm(ArticleKind.ofPath(kind), form, FieldErrors.none(), null, null, "");
    }

    @POST
    @Path("nouveau")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestPath String kind, @BeanParam ArticleForm form) {
        ArticleKind shown = ArticleKind.ofPath(kind);
        ArticleCatalog<? extends Article> catalog = catalog(shown);
        FormOutcome<ArticleForm, ? extends Article> outcome = catalog.create(form, who());
        if (!outcome.succeeded()) {
            return unprocessable(Templates.articleForm(shown, outcome.form(), outcome.errors(), null, null, ""));
        }
        // Post/redirect/get: reloading the list never sends the form twice.
        return seeOther(cleaned(UriBuilder.fromPath(shown.home()).queryParam("cree", outcome.item().slug),
                catalog.removedFrom(outcome.form())));
    }

    @GET
    @Path("{id}")
    public TemplateInstance edit(@RestPath String kind, @RestPath long id, @RestQuery String enregistre,
                                 @RestQuery String nettoye) {
        ArticleKind shown = ArticleKind.ofPath(kind);
        Article article = article(shown, id);
        return Templates.articleForm(shown, ArticleForm.of(article), FieldErrors.none(), article,
                savedMessage(enregistre != null, article.status),
                RichText.describe(nettoye));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath String kind, @RestPath long id, @BeanParam ArticleForm form) {
        ArticleKind shown = ArticleKind.ofPath(kind);
        ArticleCatalog<? extends Article> catalog = catalog(shown);
        FormOutcome<ArticleForm, ? extends Article> outcome = catalog.update(id, form, who())
                .orElseThrow(NotFoundException::new);
        if (!outcome.succeeded()) {
            return unprocessable(Templates.articleForm(shown, outcome.form(), outcome.errors(), outcome.item(), null,
                    ""));
        }
        return seeOther(cleaned(UriBuilder.fromPath(shown.home()).path("{id}").queryParam("enregistre", "1"),
                catalog.removedFrom(outcome.form())), id);
    }

    @GET
    @Path("{id}/apercu")
    public TemplateInstance preview(@RestPath String kind, @RestPath long id) {
        ArticleKind shown = ArticleKind.ofPath(kind);
        Article article = article(shown, id);
        NewsItem newsItem = article instanceof NewsItem item ? item : null;
        return Templates.preview(shown, article, newsItem, newsItem == null ? null : PublicImage.of(newsItem.image));
    }

    @GET
    @Path("{id}/historique")
    public TemplateInstance history(@RestPath String kind, @RestPath long id) {
        ArticleKind shown = ArticleKind.ofPath(kind);
        return Templates.history(shown, article(shown, id), catalog(shown).trail(id));
    }

    @GET
    @Path("{id}/supprimer")
    public TemplateInstance confirmDeletion(@RestPath String kind, @RestPath long id) {
        return pages(ArticleKind.ofPath(kind)).confirmDelete(id, article -> null);
    }

    @POST
    @Path("{id}/supprimer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@RestPath String kind, @RestPath long id) {
        ArticleKind shown = ArticleKind.ofPath(kind);
        return pages(shown).delete(id, who(), ItemPages.backToList(shown.home()));
    }

    private ArticleCatalog<? extends Article> catalog(ArticleKind kind) {
        return kind.isNews() ? news : pages;
    }

    private Article article(ArticleKind kind, long id) {
        return pages(kind).item(id);
    }

    /** The history has its own page (it names the kind), so {@code trail} is not needed here. */
    private ItemPages<Article> pages(ArticleKind kind) {
        ArticleCatalog<? extends Article> catalog = catalog(kind);
        return new ItemPages<>(kind.path(), kind.home(), kind.noun(), kind.theNoun(), ItemPages.titled(a -> a.title),
                id -> catalog.byId(id).map(Article.class::cast), null,
                (id, who) -> catalog.delete(id, who).map(Article.class::cast));
    }

    /** A list page is read-only: seeing it as a list of articles is safe whatever their kind. */
    @SuppressWarnings("unchecked")
    private static Page<Article> widen(Page<? extends Article> page) {
        return (Page<Article>) page;
    }

    /** Carries what the cleaning removed to the next page, which tells the editor (role="status"). */
    private static UriBuilder cleaned(UriBuilder target, List<String> removed) {
        return removed.isEmpty() ? target : target.queryParam("nettoye", String.join(",", removed));
    }

    private Actor who() {
        return Actor.of(editor.get());
    }
}
