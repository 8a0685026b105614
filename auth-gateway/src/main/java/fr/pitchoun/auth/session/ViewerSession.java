package fr.pitchoun.auth.session;

import java.time.Instant;
import java.util.Set;

/** What a valid session token says about its viewer; {@code watching} null until someone was chosen. */
public record ViewerSession(long customerId, String sessionId, String firstName, Set<Entitlement> entitlements,
                            Instant signedInAt, Instant expiresAt, WatchingProfile watching) {

    /** The child profile watching under this session, if a child was chosen. */
    public java.util.Optional<Long> childProfileId() {
        return watching == null || !watching.child() ? java.util.Optional.empty()
                : java.util.Optional.of(watching.profileId());
    }
}
