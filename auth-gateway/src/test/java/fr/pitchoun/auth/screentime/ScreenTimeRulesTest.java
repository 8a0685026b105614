package fr.pitchoun.auth.screentime;

import fr.pitchoun.auth.screentime.ScreenTimeRules.Decision;
import fr.pitchoun.auth.screentime.ScreenTimeRules.Reason;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScreenTimeRulesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ScreenTimeSettings BEDTIME = new ScreenTimeSettings(null, LocalTime.of(20, 0),
            LocalTime.of(7, 0));

    @Test
    void withoutRulesEverythingIsOpen() {
        Decision decision = decide(ScreenTimeSettings.NONE, Duration.ofHours(9), "2026-12-03T23:30");
        assertTrue(decision.allowed());
        assertNull(decision.remaining(), "nothing will stop the player");
    }

    @Test
    void aLimitLeavesItsRestThenRefusesUntilMidnight() {
        ScreenTimeSettings thirty = new ScreenTimeSettings(30, null, null);
        Decision before = decide(thirty, Duration.ofMinutes(25), "2026-12-03T16:00");
        assertTrue(before.allowed());
        assertEquals(Duration.ofMinutes(5), before.remaining());

        Decision reached = decide(thirty, Duration.ofMinutes(30), "2026-12-03T16:00");
        assertFalse(reached.allowed());
        assertEquals(Reason.LIMIT_REACHED, reached.reason());
        assertEquals(paris("2026-12-04T00:00"), reached.reopensAt());
        assertFalse(decide(thirty, Duration.ofMinutes(31), "2026-12-03T16:00").allowed(), "over the limit");
    }

    @Test
    void aZeroLimitMeansNoScreenToday() {
        assertFalse(decide(new ScreenTimeSettings(0, null, null), Duration.ZERO, "2026-12-03T10:00").allowed());
    }

    @Test
    void bedtimeAcrossMidnightIsClosedOnBothSidesAndReopensInTheMorning() {
        Decision evening = decide(BEDTIME, Duration.ZERO, "2026-12-03T20:00");
        assertFalse(evening.allowed(), "closed from its first minute");
        assertEquals(Reason.CLOSED_HOURS, evening.reason());
        assertEquals(paris("2026-12-04T07:00"), evening.reopensAt());

        Decision night = decide(BEDTIME, Duration.ZERO, "2026-12-04T02:15");
        assertEquals(Reason.CLOSED_HOURS, night.reason());
        assertEquals(paris("2026-12-04T07:00"), night.reopensAt());

        Decision morning = decide(BEDTIME, Duration.ZERO, "2026-12-04T07:00");
        assertTrue(morning.allowed(), "open again at 07:00 sharp");
        assertEquals(Duration.ofHours(13), morning.remaining(), "until 20:00");
    }

    @Test
    void closedHoursWithinOneDay() {
        ScreenTimeSettings school = new ScreenTimeSettings(null, LocalTime.of(8, 30), LocalTime.of(16, 30));
        assertEquals(paris("2026-12-03T16:30"), decide(school, Duration.ZERO, "2026-12-03T09:00").reopensAt());
        assertTrue(decide(school, Duration.ZERO, "2026-12-03T17:00").allowed());
        assertTrue(decide(school, Duration.ZERO, "2026-12-03T08:29").allowed());
    }

    @Test
    void aLimitReachedInTheEveningReopensWhenBedtimeEnds() {
        ScreenTimeSettings both = new ScreenTimeSettings(60, LocalTime.of(22, 0), LocalTime.of(7, 0));
        Decision reached = decide(both, Duration.ofMinutes(60), "2026-12-03T18:00");
        assertEquals(Reason.LIMIT_REACHED, reached.reason());
        assertEquals(paris("2026-12-04T07:00"), reached.reopensAt(), "midnight is within the closed hours");
        Decision near = decide(both, Duration.ofMinutes(10), "2026-12-03T21:30");
        assertEquals(Duration.ofMinutes(30), near.remaining(), "bedtime comes before the limit");
    }

    @Test
    void aParentsUnlockOpensEverythingUntilItEnds() {
        ScreenTimeSettings both = new ScreenTimeSettings(10, LocalTime.of(20, 0), LocalTime.of(7, 0));
        Instant now = paris("2026-12-03T21:00");
        Instant until = paris("2026-12-03T21:30");
        Decision unlocked = ScreenTimeRules.decide(both, Duration.ofMinutes(50), until, now, PARIS);
        assertTrue(unlocked.allowed());
        assertEquals(Duration.ofMinutes(30), unlocked.remaining());
        assertFalse(ScreenTimeRules.decide(both, Duration.ofMinutes(50), until, until, PARIS).allowed(),
                "the unlock ends at its time");
    }

    @Test
    void theSpringDstDayReopensAtTheRightInstant() {
        // 2026-03-29 in Paris: 02:00 jumps to 03:00. A bedtime ending at 02:30 (a time that does not exist that
        // night) ends at 03:30 summer time, one hour of clock after 01:30 winter time.
        ScreenTimeSettings nightOwl = new ScreenTimeSettings(null, LocalTime.of(23, 0), LocalTime.of(2, 30));
        Decision night = decide(nightOwl, Duration.ZERO, "2026-03-29T01:00");
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), night.reopensAt());
        // A limit reached that evening reopens at the next local midnight, 22:00 UTC in summer time.
        Decision limit = decide(new ScreenTimeSettings(20, null, null), Duration.ofMinutes(20), "2026-03-29T20:00");
        assertEquals(Instant.parse("2026-03-29T22:00:00Z"), limit.reopensAt());
    }

    @Test
    void theAutumnDstDayCountsItsLongerNight() {
        // 2026-10-25 in Paris: 03:00 goes back to 02:00, the night lasts one hour longer than its clock hours say.
        Decision evening = decide(BEDTIME, Duration.ZERO, "2026-10-24T20:00");
        assertEquals(Instant.parse("2026-10-25T06:00:00Z"), evening.reopensAt(), "07:00 winter time");
        Decision before = decide(BEDTIME, Duration.ZERO, "2026-10-24T19:00");
        assertEquals(Duration.ofHours(1), before.remaining());
        Decision day = decide(BEDTIME, Duration.ZERO, "2026-10-25T07:00");
        assertEquals(Duration.ofHours(13), day.remaining());
    }

    private static Decision decide(ScreenTimeSettings settings, Duration played, String localNow) {
        return ScreenTimeRules.decide(settings, played, null, paris(localNow), PARIS);
    }

    private static Instant paris(String local) {
        return LocalDateTime.parse(local).atZone(PARIS).toInstant();
    }
}
