package fr.pitchoun.auth.session;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Ended sessions, in MariaDB so that every gateway instance refuses them. */
@ApplicationScoped
public class RevokedSessions {

    @Transactional
    public void revoke(String sessionId, Instant refreshableUntil) {
        if (RevokedSession.findById(sessionId) == null) {
            RevokedSession revoked = new RevokedSession();
            revoked.sessionId = sessionId;
            revoked.revokedAt = Instant.now();
            revoked.expiresAt = refreshableUntil;
            revoked.persist();
        }
    }

    public boolean isRevoked(String sessionId) {
        return RevokedSession.count("sessionId", sessionId) > 0;
    }

    @Scheduled(every = "10m", delayed = "1m")
    @Transactional
    void purge() {
        RevokedSession.delete("expiresAt < ?1", Instant.now());
    }
}
