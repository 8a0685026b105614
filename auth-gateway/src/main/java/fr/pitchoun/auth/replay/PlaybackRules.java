package fr.pitchoun.auth.replay;

import fr.pitchoun.auth.session.Entitlement;

import java.time.Instant;
import java.util.Set;

/**
 * Who may play an episode in full, from the session's entitlements alone (Kinow's has-access is checked on top):
 * MyPitchoun and MyPitchoun+ play replay; while an episode is in early access (until its broadcast) only
 * MyPitchoun+ does.
 */
final class PlaybackRules {

    private PlaybackRules() {
    }

    /** The offer the viewer lacks to play it in full, or null when their entitlements allow it. */
    static Entitlement missingOffer(Set<Entitlement> entitlements, Instant earlyAccessUntil, Instant now) {
        boolean earlyAccess = earlyAccessUntil != null && now.isBefore(earlyAccessUntil);
        if (earlyAccess) {
            return entitlements.contains(Entitlement.MYPITCHOUN_PLUS) ? null : Entitlement.MYPITCHOUN_PLUS;
        }
        return entitlements.contains(Entitlement.MYPITCHOUN) || entitlements.contains(Entitlement.MYPITCHOUN_PLUS)
                ? null : Entitlement.MYPITCHOUN;
    }
}
