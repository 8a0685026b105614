package fr.pitchoun.frontend.account;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Instant;

/**
 * The private feed's part of « Mon compte », asked of auth-gateway with the viewer's session. The feed's address is
 * this site's {@value #FEED_PATH}{secret}: the podcast pages serve it (package podcastfeed).
 */
@ApplicationScoped
public class FeedSections {

    public static final String FEED_PATH = "/podcasts/flux/";
    private static final Logger LOG = Logger.getLogger(FeedSections.class);

    private final AuthClient gateway;
    private final Event<FeedReset> resets;

    FeedSections(@RestClient AuthClient gateway, Event<FeedReset> resets) {
        this.gateway = gateway;
        this.resets = resets;
    }

    /** As it stands: whether the family has a feed, and since when. */
    FeedSection current(Viewer viewer, String cookie) {
        if (!viewer.hearsExclusivePodcasts()) {
            return FeedSection.of(FeedSection.State.NOT_INCLUDED);
        }
        try (Response answer = gateway.podcastFeed(cookie)) {
            if (answer.getStatus() == 403) {
                return FeedSection.of(FeedSection.State.NOT_INCLUDED);
            }
            if (answer.getStatus() != 200) {
                LOG.warnf("Podcast feed state: auth-gateway answered %d", answer.getStatus());
                return FeedSection.of(FeedSection.State.UNAVAILABLE);
            }
            JsonNode feed = answer.readEntity(JsonNode.class);
            return feed.path("active").asBoolean()
                    ? new FeedSection(FeedSection.State.ACTIVE, Instant.parse(feed.path("createdAt").asText()), null)
                    : FeedSection.of(FeedSection.State.NONE);
        } catch (RuntimeException e) {
            LOG.warnf("Podcast feed state unavailable: %s", e.toString());
            return FeedSection.of(FeedSection.State.UNAVAILABLE);
        }
    }

    /** A new secret: the address built on this site's base address, to show once. */
    FeedSection reset(Viewer viewer, String cookie, URI siteBase) {
        try (Response answer = gateway.resetPodcastFeed(cookie)) {
            resets.fire(new FeedReset(viewer.customerId()));
            if (answer.getStatus() == 403) {
                return FeedSection.of(FeedSection.State.NOT_INCLUDED);
            }
            if (answer.getStatus() != 201) {
                LOG.warnf("Podcast feed reset: auth-gateway answered %d", answer.getStatus());
                return FeedSection.of(FeedSection.State.UNAVAILABLE);
            }
            JsonNode feed = answer.readEntity(JsonNode.class);
            String base = siteBase.toString().replaceAll("/+$", "");
            return new FeedSection(FeedSection.State.JUST_MADE, Instant.parse(feed.path("createdAt").asText()),
                    base + FEED_PATH + feed.path("secret").asText());
        } catch (RuntimeException e) {
            LOG.warnf("Podcast feed reset impossible: %s", e.toString());
            return FeedSection.of(FeedSection.State.UNAVAILABLE);
        }
    }
}
