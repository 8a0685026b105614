package fr.pitchoun.frontend.account;

import java.time.Instant;
import java.util.Set;

/** The signed-in viewer, as their verified session token says. */
public record Viewer(String customerId, String firstName, Set<String> entitlements, Instant issuedAt,
                     Instant expiresAt) {

    static final String MYPITCHOUN = "MYPITCHOUN";
    static final String MYPITCHOUN_PLUS = "MYPITCHOUN_PLUS";

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
