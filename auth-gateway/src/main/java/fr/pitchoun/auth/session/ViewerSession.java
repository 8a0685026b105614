package fr.pitchoun.auth.session;

import java.time.Instant;
import java.util.Set;

/** What a valid session token says about its viewer. */
public record ViewerSession(long customerId, String sessionId, String firstName, Set<Entitlement> entitlements,
                            Instant signedInAt, Instant expiresAt) {
}
