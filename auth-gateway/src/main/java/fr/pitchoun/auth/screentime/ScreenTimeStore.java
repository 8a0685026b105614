package fr.pitchoun.auth.screentime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Time;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/** The parents' settings (screen_time_rule) and unlocks (screen_time_unlock), kept per child profile. */
@ApplicationScoped
public class ScreenTimeStore {

    private final EntityManager entities;

    ScreenTimeStore(EntityManager entities) {
        this.entities = entities;
    }

    public ScreenTimeSettings settings(long profileId) {
        List<?> rows = entities.createNativeQuery("""
                        SELECT daily_limit_minutes, closed_from, closed_until FROM screen_time_rule
                        WHERE profile_id = ?1""")
                .setParameter(1, profileId).getResultList();
        if (rows.isEmpty()) {
            return ScreenTimeSettings.NONE;
        }
        Object[] columns = (Object[]) rows.get(0);
        return new ScreenTimeSettings(columns[0] == null ? null : ((Number) columns[0]).intValue(),
                time(columns[1]), time(columns[2]));
    }

    @Transactional
    public void save(long profileId, ScreenTimeSettings settings) {
        entities.createNativeQuery("""
                        INSERT INTO screen_time_rule (profile_id, daily_limit_minutes, closed_from, closed_until,
                                                      updated_at_ms)
                        VALUES (?1, ?2, ?3, ?4, ?5)
                        ON DUPLICATE KEY UPDATE daily_limit_minutes = VALUES(daily_limit_minutes),
                            closed_from = VALUES(closed_from), closed_until = VALUES(closed_until),
                            updated_at_ms = VALUES(updated_at_ms)""")
                .setParameter(1, profileId)
                .setParameter(2, settings.dailyLimitMinutes())
                .setParameter(3, settings.closedFrom() == null ? null : Time.valueOf(settings.closedFrom()))
                .setParameter(4, settings.closedUntil() == null ? null : Time.valueOf(settings.closedUntil()))
                .setParameter(5, System.currentTimeMillis())
                .executeUpdate();
    }

    /** Until when a parent unlocked this child's playback; null when never, or when that time has passed. */
    public Instant unlockedUntil(long profileId, Instant now) {
        List<?> rows = entities.createNativeQuery(
                        "SELECT unlocked_until_ms FROM screen_time_unlock WHERE profile_id = ?1")
                .setParameter(1, profileId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Instant until = Instant.ofEpochMilli(((Number) rows.get(0)).longValue());
        return until.isAfter(now) ? until : null;
    }

    @Transactional
    public void unlock(long profileId, Instant until) {
        entities.createNativeQuery("""
                        INSERT INTO screen_time_unlock (profile_id, unlocked_until_ms, unlocked_at_ms)
                        VALUES (?1, ?2, ?3)
                        ON DUPLICATE KEY UPDATE unlocked_until_ms = VALUES(unlocked_until_ms),
                            unlocked_at_ms = VALUES(unlocked_at_ms)""")
                .setParameter(1, profileId).setParameter(2, until.toEpochMilli())
                .setParameter(3, System.currentTimeMillis())
                .executeUpdate();
    }

    private static LocalTime time(Object column) {
        if (column == null) {
            return null;
        }
        return column instanceof Time time ? time.toLocalTime() : (LocalTime) column;
    }
}
