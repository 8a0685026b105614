package fr.pitchoun.auth.replay;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Optional;

/**
 * The full-episode player sessions this gateway opened, by Kinow's session id: progress is accepted only for a
 * session opened for that customer and that video. In memory, per instance, kept while in use (12 h idle at most):
 * behind several instances, the site must reach the same one for a viewer (or reopen the player).
 */
@ApplicationScoped
public class PlayerSessions {

    private final Cache<String, PlayerSession> sessions = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofHours(12)).build();

    void opened(String sessionId, long customerId, long videoId, Integer durationSeconds) {
        sessions.put(sessionId, new PlayerSession(customerId, videoId, durationSeconds));
    }

    Optional<PlayerSession> of(String sessionId) {
        return sessionId == null ? Optional.empty() : Optional.ofNullable(sessions.getIfPresent(sessionId));
    }

    record PlayerSession(long customerId, long videoId, Integer durationSeconds) {
    }
}
