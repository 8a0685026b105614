package fr.pitchoun.frontend.news;

import fr.pitchoun.frontend.catalogue.CmsContent;
import fr.pitchoun.frontend.catalogue.NewsItem;
import fr.pitchoun.frontend.catalogue.NewsList;
import fr.pitchoun.frontend.site.SitePages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The news ({@code /actualites}, newest first, 20 a page as cms-service pages them) and each item. */
@Path("/actualites")
@Produces(MediaType.TEXT_HTML)
public class NewsPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance actualites(NewsList news);

        static native TemplateInstance actualite(NewsItem news);
    }

    private final CmsContent content;

    NewsPages(CmsContent content) {
        this.content = content;
    }

    @GET
    public TemplateInstance news(@RestQuery Integer page) {
        int number = page == null || page < 1 ? 1 : page;
        return Templates.actualites(SitePages.read("News", () -> content.news(number)));
    }

    @GET
    @Path(SitePages.SLUG)
    public Response newsItem(@RestPath String slug) {
        return SitePages.bySlug("/actualites", SitePages.read("News " + slug, () -> content.newsItem(slug)),
                Templates::actualite);
    }
}
