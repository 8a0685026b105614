package fr.pitchoun.frontend.account;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in viewer, as their verified session token says; {@code watching} is who was chosen to watch, null
 * until someone was.
 */
public record Viewer(String customerId, String firstName, Set<String> entitlements, Instant issuedAt,
                     Instant expiresAt, Watching watching) {

    static final String MYPITCHOUN = "MYPITCHOUN";
    static final String MYPITCHOUN_PLUS = "MYPITCHOUN_PLUS";

    public Viewer(String customerId, String firstName, Set<String> entitlements, Instant issuedAt,
                  Instant expiresAt) {
        this(customerId, firstName, entitlements, issuedAt, expiresAt, null);
    }

    /** Child profiles (« Qui regarde ? ») are part of MyPitchoun and MyPitchoun+: others are never asked. */
    public boolean hasFamilyProfiles() {
        return entitlements.contains(MYPITCHOUN);
    }

    /** The child profile watching now, if a child was chosen. */
    public Optional<Long> childWatching() {
        return watching == null || !watching.child() ? Optional.empty()
                : Optional.of(watching.profileId());
    }

    /** The live channel is part of MyPitchoun+. */
    public boolean watchesLive() {
        return entitlements.contains(MYPITCHOUN_PLUS);
    }

    /** Exclusive podcasts are part of MyPitchoun+. */
    public boolean hearsExclusivePodcasts() {
        return entitlements.contains(MYPITCHOUN_PLUS);
    }

    /** The offer in words, as the site names it. */
    public String offer() {
        if (entitlements.contains(MYPITCHOUN_PLUS)) {
            return "MyPitchoun+";
        }
        return entitlements.contains(MYPITCHOUN) ? "MyPitchoun" : "Sans abonnement";
    }

    /** Past half its life, a token is renewed on the viewer's next page: an active viewer stays signed in. */
    boolean dueForRefresh(Instant now) {
        return now.isAfter(issuedAt.plus(java.time.Duration.between(issuedAt, expiresAt).dividedBy(2)));
    }
}
