package fr.pitchoun.frontend.podcastfeed;

import fr.pitchoun.frontend.podcast.ExclusiveAudio;
import fr.pitchoun.frontend.podcast.PodcastCatalogue;
import fr.pitchoun.frontend.podcast.PodcastEpisode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.time.Instant;

/**
 * A family's private feed ({@code GET /podcasts/flux/{secret}}) and the relay its exclusive enclosures point at
 * ({@code GET /podcasts/flux/{secret}/{show}/{episode}.mp3} → 302 to a freshly signed NGINX address). Read by podcast
 * apps, without a session: the secret is checked each time (see {@link FeedOwners}). Any secret that opens nothing —
 * forged, malformed, replaced, another family's episode path, a subscription ended — gets the same 404.
 */
@Path(FeedResource.PATH)
public class FeedResource {

    static final String PATH = "/podcasts/flux";
    static final String RSS = "application/rss+xml;charset=utf-8";
    static final String NOT_FOUND = "Flux introuvable.";
    private static final Logger LOG = Logger.getLogger(FeedResource.class);

    private final FeedOwners owners;
    private final FamilyFeed feed;
    private final PodcastCatalogue catalogue;
    private final ExclusiveAudio audio;

    FeedResource(FeedOwners owners, FamilyFeed feed, PodcastCatalogue catalogue, ExclusiveAudio audio) {
        this.owners = owners;
        this.feed = feed;
        this.catalogue = catalogue;
        this.audio = audio;
    }

    @GET
    @Path("{secret: [^/]+}")
    public Response feed(@RestPath String secret, @Context UriInfo uri) {
        if (owners.of(secret).isEmpty()) {
            return notFound();
        }
        String siteUrl = uri.getBaseUri().toString().replaceAll("/+$", "");
        String xml;
        try {
            xml = feed.xml(siteUrl, secret, Instant.now());
        } catch (RuntimeException e) {
            // podcast-service away with nothing kept from it: the app tries again at its next poll.
            throw new FeedOwners.Unavailable("podcast catalogue unreadable: " + e);
        }
        return Response.ok(xml, RSS).header("Cache-Control", "private, no-store").build();
    }

    @GET
    @Path("{secret: [^/]+}/{show: [^/]+}/{episode: [^/]+}.mp3")
    public Response audio(@RestPath String secret, @RestPath String show, @RestPath String episode) {
        if (owners.of(secret).isEmpty()) {
            return notFound();
        }
        PodcastEpisode found;
        try {
            found = catalogue.episode(show, episode).episode();
        } catch (NotFoundException e) {
            return notFound();
        } catch (RuntimeException e) {
            throw new FeedOwners.Unavailable("podcast episode unreadable: " + e);
        }
        String target = found.exclusive() ? audio.signedUrl(found.exclusiveAudioFile(), Instant.now())
                : found.audioUrl();
        return Response.status(Response.Status.FOUND).location(URI.create(target))
                .header("Cache-Control", "private, no-store").build();
    }

    private static Response notFound() {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
                .entity(NOT_FOUND).build();
    }

    /** auth-gateway or podcast-service could not answer: nothing said about the secret, the app retries later. */
    @ServerExceptionMapper
    public Response unavailable(FeedOwners.Unavailable e) {
        LOG.warnf("Podcast feed unavailable: %s", e.getMessage());
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
                .header("Retry-After", "300").entity("Flux momentanément indisponible. Réessayez plus tard.").build();
    }
}
