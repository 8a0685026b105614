package fr.pitchoun.auth.screentime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The one rule of screen time: may a child start or go on playing now, and if not, why and from when again. Days
 * and hours are the family's local ones ({@code zone}, the learning aggregates' Europe/Paris): a local time the clock
 * skips on the spring DST day is read as the same time after the jump, as {@link ZonedDateTime} does.
 */
public final class ScreenTimeRules {

    private ScreenTimeRules() {
    }

    /** Why playback is refused. */
    public enum Reason { LIMIT_REACHED, CLOSED_HOURS }

    /**
     * The answer at {@code now}. Allowed: {@code remaining} is how long playing may go on before a rule stops it
     * (null when nothing will). Refused: {@code reason} and {@code reopensAt}, when playback opens again.
     */
    public record Decision(boolean allowed, Reason reason, Instant reopensAt, Duration remaining) {

        static Decision allowed(Duration remaining) {
            return new Decision(true, null, null, remaining);
        }

        static Decision refused(Reason reason, Instant reopensAt) {
            return new Decision(false, reason, reopensAt, null);
        }
    }

    /**
     * @param playedToday   the child's time played on the local day of {@code now} (the learning aggregates)
     * @param unlockedUntil a parent's unlock, or null: everything is open before it
     */
    public static Decision decide(ScreenTimeSettings settings, Duration playedToday, Instant unlockedUntil,
                                  Instant now, ZoneId zone) {
        if (unlockedUntil != null && now.isBefore(unlockedUntil)) {
            return Decision.allowed(Duration.between(now, unlockedUntil));
        }
        ZonedDateTime local = now.atZone(zone);
        if (settings.closedAt(local.toLocalTime())) {
            return Decision.refused(Reason.CLOSED_HOURS, endOfClosedHours(settings, local));
        }
        Duration untilClosed = settings.hasClosedHours()
                ? Duration.between(now, nextClosing(settings, local).toInstant()) : null;
        if (settings.dailyLimitMinutes() == null) {
            return Decision.allowed(untilClosed);
        }
        Duration left = Duration.ofMinutes(settings.dailyLimitMinutes()).minus(playedToday);
        if (left.isNegative() || left.isZero()) {
            ZonedDateTime tomorrow = local.toLocalDate().plusDays(1).atStartOfDay(zone);
            Instant reopens = settings.closedAt(tomorrow.toLocalTime())
                    ? endOfClosedHours(settings, tomorrow) : tomorrow.toInstant();
            return Decision.refused(Reason.LIMIT_REACHED, reopens);
        }
        return Decision.allowed(untilClosed == null || left.compareTo(untilClosed) < 0 ? left : untilClosed);
    }

    /** {@code local} is within the closed hours: their end, today or (before midnight, when they cross it) tomorrow. */
    private static Instant endOfClosedHours(ScreenTimeSettings settings, ZonedDateTime local) {
        LocalDate day = local.toLocalDate();
        boolean crossesMidnight = settings.closedFrom().isAfter(settings.closedUntil());
        if (crossesMidnight && !local.toLocalTime().isBefore(settings.closedFrom())) {
            day = day.plusDays(1);
        }
        return at(day, settings.closedUntil(), local.getZone()).toInstant();
    }

    /** {@code local} is outside the closed hours: when they next begin. */
    private static ZonedDateTime nextClosing(ScreenTimeSettings settings, ZonedDateTime local) {
        ZonedDateTime today = at(local.toLocalDate(), settings.closedFrom(), local.getZone());
        return today.isAfter(local) ? today : at(local.toLocalDate().plusDays(1), settings.closedFrom(),
                local.getZone());
    }

    private static ZonedDateTime at(LocalDate day, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(day, time, zone);
    }
}
