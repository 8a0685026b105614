package fr.pitchoun.frontend.replay;

import fr.pitchoun.frontend.account.SiteSessions;
import fr.pitchoun.frontend.catalogue.Episode;
import fr.pitchoun.frontend.screentime.ScreenTimeGate;
import fr.pitchoun.frontend.screentime.ScreenTimeOver;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Asks auth-gateway what a viewer may play of an episode, and relays the player's position. A decision is kept per
 * session and video for {@code pitchoun.frontend.playback-cache-ttl} (cache {@code replay-playback}): a viewer who
 * reloads or comes back to a page does not cost a call to the gateway (and Kinow) per view; the trade is that a new
 * subscription or a broadcast date passing shows up to that much later. A position the player reports drops that
 * session's decision for the video, so the next view resumes from it. A failed call is never kept.
 */
@ApplicationScoped
public class ReplayPlayback {

    private static final Logger LOG = Logger.getLogger(ReplayPlayback.class);

    private final ReplayGateway gateway;
    private final Cache decisions;
    private final ScreenTimeGate screenTime;

    ReplayPlayback(@RestClient ReplayGateway gateway, @CacheName("replay-playback") Cache decisions,
                   ScreenTimeGate screenTime) {
        this.gateway = gateway;
        this.decisions = decisions;
        this.screenTime = screenTime;
    }

    /** The key of a decision: the session (null when signed out: one decision for every such viewer) and video. */
    record Key(String token, long videoId, Long extractId, Instant earlyAccessUntil) {
    }

    /**
     * What the episode's page shows where the video goes, for the viewer of {@code token} (null: signed out) at
     * {@code viewerAddress} (what the gateway limits a signed-out viewer by).
     */
    public EpisodePlayer playerFor(String token, String viewerAddress, Episode episode) {
        if (episode.videoMissing()) {
            return EpisodePlayer.UNKNOWN;
        }
        if (!episode.playable()) {
            return EpisodePlayer.NO_VIDEO;
        }
        Episode.Video video = episode.video();
        Key key = new Key(token, video.kinowVideoId(), video.kinowExtractId(), episode.earlyAccessUntil());
        try {
            return decisions.get(key, k -> ask(k, viewerAddress)).await().indefinitely();
        } catch (GatewayUnavailable e) {
            LOG.warnf("Playback of video %d unavailable: %s", video.kinowVideoId(), e.getMessage());
            return EpisodePlayer.UNAVAILABLE;
        }
    }

    private EpisodePlayer ask(Key key, String viewerAddress) {
        Map<String, Object> episode = new HashMap<>();
        episode.put("videoId", key.videoId());
        episode.put("extractId", key.extractId());
        episode.put("earlyAccessUntil", key.earlyAccessUntil() == null ? null : key.earlyAccessUntil().toString());
        try (Response answer = gateway.playback(cookie(key.token()), viewerAddress, episode)) {
            if (answer.getStatus() == 200) {
                return EpisodePlayer.of(answer.readEntity(Playback.class));
            }
            if (answer.getStatus() == 404) {
                return EpisodePlayer.UNKNOWN;
            }
            if (answer.getStatus() == 423) {
                // The child's screen time is over: never kept, the page goes to the pause page.
                throw new ScreenTimeOver(screenTime.read(answer.readEntity(String.class)));
            }
            // 429 (too many calls for the session), 503 (Kinow away), anything else: not kept, asked again next view.
            throw new GatewayUnavailable("auth-gateway answered " + answer.getStatus());
        } catch (GatewayUnavailable | ScreenTimeOver e) {
            throw e;
        } catch (RuntimeException e) {
            throw new GatewayUnavailable(e.toString());
        }
    }

    /**
     * Relays a position of the player; the status is the gateway's (204, 400, 401, 403, 423 when a child's screen
     * time is over) or 503 when unreachable.
     */
    public int reportProgress(String token, long videoId, String sessionId, double positionSeconds) {
        forget(token, videoId);
        Map<String, Object> position = Map.of("videoId", videoId, "sessionId", sessionId,
                "positionSeconds", positionSeconds);
        try (Response answer = gateway.progress(cookie(token), position)) {
            return answer.getStatus();
        } catch (RuntimeException e) {
            LOG.warnf("Progress of video %d not relayed: %s", videoId, e.toString());
            return 503;
        } finally {
            // Once more after the gateway took it, for a page view that raced the report.
            forget(token, videoId);
        }
    }

    /** The viewer's started videos, newest first; none when signed out or when the gateway cannot tell. */
    public Watching watching(String token) {
        if (token == null || token.isBlank()) {
            return Watching.NONE;
        }
        try (Response answer = gateway.watching(cookie(token))) {
            if (answer.getStatus() == 200) {
                Watching watching = answer.readEntity(Watching.class);
                return watching == null ? Watching.NONE : watching;
            }
            LOG.debugf("Watching list answered %d", answer.getStatus());
        } catch (RuntimeException e) {
            LOG.warnf("Watching list unavailable: %s", e.toString());
        }
        return Watching.NONE;
    }

    private void forget(String token, long videoId) {
        CaffeineCache cache = decisions.as(CaffeineCache.class);
        cache.keySet().stream()
                .filter(k -> k instanceof Key key && key.videoId() == videoId && Objects.equals(key.token(), token))
                .toList()
                .forEach(k -> cache.invalidate(k).await().indefinitely());
    }

    private static String cookie(String token) {
        return token == null || token.isBlank() ? null : SiteSessions.COOKIE + "=" + token;
    }

    /** The gateway could not decide: the page says playback is unavailable for now. */
    private static final class GatewayUnavailable extends RuntimeException {
        GatewayUnavailable(String message) {
            super(message, null, false, false);
        }
    }
}
