package fr.pitchoun.frontend.site;

import fr.pitchoun.frontend.catalogue.CmsContent;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How every page made of cms-service's content answers: the page; a moved slug → 301 to its new address; an unknown
 * one → the site's 404 page ({@link NotFoundPage}); cms-service unreadable → 503 with « Page momentanément
 * indisponible » rather than an error.
 */
public class SitePages {

    private static final Logger LOG = Logger.getLogger(SitePages.class);
    /** The path parameter of an item's page: a slug as cms-service makes them; anything else is the router's 404. */
    public static final String SLUG = "{slug: [a-z0-9]+(-[a-z0-9]+)*}";

    private final Template unavailable;

    SitePages(@Location("indisponible.html") Template unavailable) {
        this.unavailable = unavailable;
    }

    /** What {@code read} gives, or {@link CmsUnavailable} (the 503 page) when cms-service cannot be read. */
    public static <T> T read(String what, Supplier<T> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            throw new CmsUnavailable(what, e);
        }
    }

    /**
     * The page of the item {@code slug} under {@code base} ("/pages"): {@code page} of it, 301 to
     * {@code base/<new slug>} for an old slug, 404 for an unknown one.
     */
    public static <T> Response bySlug(String base, CmsContent.SlugAnswer<T> answer, Function<T, TemplateInstance> page) {
        if (answer.item() != null) {
            return Response.ok(page.apply(answer.item())).build();
        }
        if (answer.movedTo() != null) {
            // A renamed item keeps its old address working, for visitors and search engines alike.
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(UriBuilder.fromPath(base).path("{slug}").build(answer.movedTo())).build();
        }
        throw new NotFoundException();
    }

    @ServerExceptionMapper
    public Response unavailable(CmsUnavailable e) {
        // The message says why (connection refused, timeout, HTTP status); a stack trace per page view would flood
        // the log while cms-service is down.
        LOG.warn(e.getMessage());
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.TEXT_HTML_TYPE)
                .entity(unavailable.instance()).build();
    }
}
