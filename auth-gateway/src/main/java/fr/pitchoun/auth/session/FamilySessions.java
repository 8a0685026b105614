package fr.pitchoun.auth.session;

import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * The sessions each family opened, while they may still be refreshed: what its data export lists as sign-ins, and
 * what the erasure of its data revokes. Nothing else reads it: a token is checked against revoked_session only.
 */
@ApplicationScoped
public class FamilySessions {

    /** A session as the family's export shows it. */
    public record SignIn(String sessionId, Instant signedInAt, Instant refreshableUntil) {
    }

    private final RevokedSessions revoked;

    FamilySessions(RevokedSessions revoked) {
        this.revoked = revoked;
    }

    @Transactional
    void opened(long customerId, String sessionId, Instant signedInAt, Instant refreshableUntil) {
        FamilySession session = new FamilySession();
        session.sessionId = sessionId;
        session.customerId = customerId;
        session.signedInAt = signedInAt;
        session.expiresAt = refreshableUntil;
        session.persist();
    }

    /** Newest first. */
    public List<SignIn> of(long customerId) {
        return FamilySession.<FamilySession>list("customerId", Sort.descending("signedInAt"), customerId).stream()
                .map(session -> new SignIn(session.sessionId, session.signedInAt, session.expiresAt)).toList();
    }

    /**
     * Revokes every session the family opened (in revoked_session, which holds no customer id) and forgets them.
     * In the caller's transaction when there is one.
     */
    @Transactional
    public int revokeAll(long customerId) {
        List<FamilySession> sessions = FamilySession.list("customerId", customerId);
        for (FamilySession session : sessions) {
            revoked.revoke(session.sessionId, session.expiresAt);
        }
        FamilySession.delete("customerId", customerId);
        return sessions.size();
    }

    @Scheduled(every = "10m", delayed = "1m")
    @Transactional
    void purge() {
        FamilySession.delete("expiresAt < ?1", Instant.now());
    }
}
