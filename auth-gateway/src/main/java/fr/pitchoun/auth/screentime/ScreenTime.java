package fr.pitchoun.auth.screentime;

import fr.pitchoun.auth.learning.LearningConfig;
import fr.pitchoun.auth.learning.LearningHistory;
import fr.pitchoun.auth.session.ViewerSession;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Screen time for every place that issues playback: the settings and unlocks of {@link ScreenTimeStore}, the time
 * played today from the learning aggregates (learning_day, the families' day) and {@link ScreenTimeRules}.
 */
@ApplicationScoped
public class ScreenTime {

    static final String LIMIT_REACHED = "Tu as bien profité de Pitchoun aujourd'hui : le temps d'écran de la "
            + "journée est fini.";
    static final String CLOSED_HOURS = "Pitchoun dort à cette heure-ci : c'est le moment de se reposer.";

    private final ScreenTimeStore store;
    private final LearningHistory history;
    private final ZoneId zone;
    private final Clock clock;

    ScreenTime(ScreenTimeStore store, LearningHistory history, LearningConfig learning) {
        this.store = store;
        this.history = history;
        this.zone = learning.zone();
        this.clock = Clock.systemUTC();
    }

    /** Throws {@link ScreenTimeRefusedException} when the session's child may not play now; a parent always may. */
    public void require(ViewerSession viewer) {
        if (viewer == null) {
            return;
        }
        ScreenTimeView now = of(viewer);
        if (!now.allowed()) {
            throw new ScreenTimeRefusedException(now);
        }
    }

    /** The answer for whoever watches under this session. */
    public ScreenTimeView of(ViewerSession viewer) {
        return viewer.childProfileId().map(this::ofProfile).orElse(ScreenTimeView.PARENT);
    }

    public ScreenTimeView ofProfile(long profileId) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        List<LearningHistory.DayView> days = history.days(profileId, today, today);
        double playedSeconds = days.isEmpty() ? 0 : days.get(0).playedSeconds();
        Instant unlockedUntil = store.unlockedUntil(profileId, now);
        ScreenTimeRules.Decision decision = ScreenTimeRules.decide(store.settings(profileId),
                Duration.ofMillis(Math.round(playedSeconds * 1000)), unlockedUntil, now, zone);
        if (decision.allowed()) {
            return new ScreenTimeView(true, null, null, null, null,
                    decision.remaining() == null ? null : decision.remaining().toSeconds(), playedSeconds,
                    unlockedUntil);
        }
        boolean limit = decision.reason() == ScreenTimeRules.Reason.LIMIT_REACHED;
        return new ScreenTimeView(false, limit ? "limite-atteinte" : "heures-fermees",
                limit ? LIMIT_REACHED : CLOSED_HOURS, decision.reopensAt(), label(decision.reopensAt(), now), null,
                playedSeconds, null);
    }

    /** A parent's unlock: {@code minutes} more from now, or (null) until the end of the family's day. */
    public ScreenTimeView unlock(long profileId, Integer minutes) {
        Instant now = clock.instant();
        Instant until = minutes == null
                ? now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant()
                : now.plus(Duration.ofMinutes(minutes));
        store.unlock(profileId, until);
        return ofProfile(profileId);
    }

    public ScreenTimeSettings settings(long profileId) {
        return store.settings(profileId);
    }

    public void save(long profileId, ScreenTimeSettings settings) {
        store.save(profileId, settings);
    }

    /** « à 16 h 30 », « demain », « demain à 7 h 00 »: when playback opens again, as a child reads it. */
    String label(Instant reopensAt, Instant now) {
        ZonedDateTime at = reopensAt.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        String hour = at.getHour() + " h " + String.format("%02d", at.getMinute());
        if (at.toLocalDate().equals(today)) {
            return "à " + hour;
        }
        if (at.toLocalDate().equals(today.plusDays(1))) {
            return at.getHour() == 0 && at.getMinute() == 0 ? "demain" : "demain à " + hour;
        }
        return "le " + at.getDayOfMonth() + "/" + at.getMonthValue() + " à " + hour;
    }
}
