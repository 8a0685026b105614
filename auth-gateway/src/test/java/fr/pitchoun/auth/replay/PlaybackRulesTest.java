package fr.pitchoun.auth.replay;

import fr.pitchoun.auth.session.Entitlement;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PlaybackRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final Set<Entitlement> MYPITCHOUN = EnumSet.of(Entitlement.MYPITCHOUN);
    private static final Set<Entitlement> PLUS = EnumSet.of(Entitlement.MYPITCHOUN, Entitlement.MYPITCHOUN_PLUS);

    @Test
    void replayIsForBothOffersAndEarlyAccessForMyPitchounPlusUntilTheBroadcast() {
        Instant broadcastAhead = NOW.plus(Duration.ofDays(7));
        Instant broadcastPast = NOW.minus(Duration.ofDays(1));

        assertNull(PlaybackRules.missingOffer(MYPITCHOUN, null, NOW));
        assertNull(PlaybackRules.missingOffer(PLUS, null, NOW));
        assertEquals(Entitlement.MYPITCHOUN, PlaybackRules.missingOffer(Set.of(), null, NOW));

        assertEquals(Entitlement.MYPITCHOUN_PLUS, PlaybackRules.missingOffer(MYPITCHOUN, broadcastAhead, NOW));
        assertNull(PlaybackRules.missingOffer(PLUS, broadcastAhead, NOW));
        assertEquals(Entitlement.MYPITCHOUN_PLUS, PlaybackRules.missingOffer(Set.of(), broadcastAhead, NOW));

        assertNull(PlaybackRules.missingOffer(MYPITCHOUN, broadcastPast, NOW));
        assertEquals(Entitlement.MYPITCHOUN, PlaybackRules.missingOffer(Set.of(), broadcastPast, NOW));
        // The broadcast instant itself already belongs to everyone with MyPitchoun.
        assertNull(PlaybackRules.missingOffer(MYPITCHOUN, NOW, NOW));
    }
}
