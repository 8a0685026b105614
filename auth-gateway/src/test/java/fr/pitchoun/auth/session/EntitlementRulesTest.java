package fr.pitchoun.auth.session;

import fr.pitchoun.auth.kinow.KinowProductAccess;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static fr.pitchoun.auth.session.Entitlement.MYPITCHOUN;
import static fr.pitchoun.auth.session.Entitlement.MYPITCHOUN_PLUS;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EntitlementRulesTest {

    private static final long MYPITCHOUN_MONTHLY = 11;
    private static final long MYPITCHOUN_YEARLY = 21;
    private static final long MYPITCHOUN_PLUS_MONTHLY = 12;
    private static final long SOME_FILM = 99;
    /** 2026-03-10 12:00 in Paris (UTC+1 then). */
    private static final Instant NOW = Instant.parse("2026-03-10T11:00:00Z");

    private final EntitlementRules rules = new EntitlementRules(Set.of(MYPITCHOUN_MONTHLY, MYPITCHOUN_YEARLY),
            Set.of(MYPITCHOUN_PLUS_MONTHLY), ZoneId.of("Europe/Paris"));

    @Test
    void noAccessGivesNothing() {
        assertEquals(Set.of(), rules.entitlements(List.of(), NOW));
    }

    @Test
    void everyProductOfAnOfferOpensIt() {
        assertEquals(Set.of(MYPITCHOUN), of(access(MYPITCHOUN_MONTHLY, "2026-04-10 12:00:00", true, false)));
        assertEquals(Set.of(MYPITCHOUN), of(access(MYPITCHOUN_YEARLY, "2027-01-01 00:00:00", true, false)));
    }

    @Test
    void myPitchounPlusIncludesMyPitchoun() {
        assertEquals(Set.of(MYPITCHOUN, MYPITCHOUN_PLUS),
                of(access(MYPITCHOUN_PLUS_MONTHLY, "2026-04-10 12:00:00", true, false)));
    }

    @Test
    void expiredAccessGivesNothingEvenWhenStillFlaggedActive() {
        assertEquals(Set.of(), of(access(MYPITCHOUN_PLUS_MONTHLY, "2026-03-10 11:59:59", true, false)));
    }

    @Test
    void expiryIsReadInKinowsLocalTime() {
        // 12:00:01 in Paris is 11:00:01 UTC: one second ahead of NOW.
        assertEquals(Set.of(MYPITCHOUN), of(access(MYPITCHOUN_MONTHLY, "2026-03-10 12:00:01", true, false)));
    }

    @Test
    void inactiveAccessGivesNothing() {
        assertEquals(Set.of(), of(access(MYPITCHOUN_PLUS_MONTHLY, "2026-04-10 12:00:00", false, false)));
    }

    @Test
    void cancelledSubscriptionRunsUntilItsEndDate() {
        assertEquals(Set.of(MYPITCHOUN), of(access(MYPITCHOUN_MONTHLY, "2026-03-20 00:00:00", true, true)));
    }

    @Test
    void accessWithoutEndDateRuns() {
        assertEquals(Set.of(MYPITCHOUN), of(access(MYPITCHOUN_MONTHLY, null, true, false)));
        assertEquals(Set.of(MYPITCHOUN), of(access(MYPITCHOUN_MONTHLY, "0000-00-00 00:00:00", true, false)));
    }

    @Test
    void unreadableEndDateOpensNothing() {
        assertEquals(Set.of(), of(access(MYPITCHOUN_MONTHLY, "bientôt", true, false)));
    }

    @Test
    void otherProductsOpenNothing() {
        assertEquals(Set.of(), of(access(SOME_FILM, "2026-04-10 12:00:00", true, false)));
    }

    @Test
    void oneRunningSubscriptionIsEnoughWhateverTheOthers() {
        assertEquals(Set.of(MYPITCHOUN, MYPITCHOUN_PLUS), of(
                access(MYPITCHOUN_MONTHLY, "2025-12-01 00:00:00", false, true),
                access(MYPITCHOUN_PLUS_MONTHLY, "2026-06-01 00:00:00", true, false)));
    }

    private Set<Entitlement> of(KinowProductAccess... accesses) {
        return rules.entitlements(List.of(accesses), NOW);
    }

    private static KinowProductAccess access(long product, String dateExp, boolean active, boolean cancel) {
        return new KinowProductAccess(1, 1002, product, "subscription", "2025-01-01 00:00:00", dateExp, cancel,
                !cancel, active);
    }
}
