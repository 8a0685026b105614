package fr.pitchoun.frontend.site;

import fr.pitchoun.frontend.catalogue.CmsContent;
import fr.pitchoun.frontend.catalogue.CmsMenu;
import io.vertx.core.Context;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * The header's and footer's links on every page ({@code inject:menus} in the layout), as editors set them in
 * cms-service's menus {@code principal} and {@code pied}; built-in links when cms-service cannot be read or a menu is
 * empty, so a visitor can always move around the site.
 */
@RequestScoped
@Named("menus")
public class SiteMenus {

    private static final Logger LOG = Logger.getLogger(SiteMenus.class);
    static final List<CmsMenu.Item> BUILT_IN_HEADER = List.of(new CmsMenu.Item("Accueil", "/"),
            new CmsMenu.Item("Direct", "/direct"), new CmsMenu.Item("Programmes", "/programmes"),
            new CmsMenu.Item("Replay", "/replay"),
            new CmsMenu.Item("Grille TV", "/grille"), new CmsMenu.Item("Radios", "/radios"),
            new CmsMenu.Item("Événements", "/evenements"), new CmsMenu.Item("Actualités", "/actualites"));

    /** A link of a menu and whether it leads to the page being shown ({@code aria-current}). */
    public record Link(String label, String url, boolean current) {
    }

    private final CmsContent content;
    private final String path;

    SiteMenus(CmsContent content, HttpServerRequest request) {
        this.content = content;
        this.path = request.path();
    }

    public List<Link> getPrincipal() {
        return links("principal", BUILT_IN_HEADER);
    }

    public List<Link> getPied() {
        return links("pied", List.of());
    }

    private List<Link> links(String name, List<CmsMenu.Item> builtIn) {
        List<CmsMenu.Item> items;
        if (Context.isOnEventLoopThread()) {
            // Only the router's own 404 (no resource matched, e.g. /favicon.ico) renders on the event loop, where
            // the blocking call to cms-service is not allowed: such a page gets the built-in links.
            return linksOf(builtIn);
        }
        try {
            items = content.menu(name).items();
        } catch (RuntimeException e) {
            LOG.warnf("Menu %s unavailable from cms-service: %s", name, e.toString());
            items = null;
        }
        return linksOf(items == null || items.isEmpty() ? builtIn : items);
    }

    private List<Link> linksOf(List<CmsMenu.Item> items) {
        return items.stream().map(item -> new Link(item.label(), item.url(), leadsHere(item.url()))).toList();
    }

    /** "/" only on the home page; any other path also on the pages below it (/pages/a for /pages/a/b). */
    boolean leadsHere(String url) {
        if (url == null || !url.startsWith("/")) {
            return false;
        }
        return path.equals(url) || !url.equals("/") && path.startsWith(url + "/");
    }
}
