package fr.pitchoun.auth.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the parents' space shows of one child, read from the aggregates only (learning_day, learning_day_theme,
 * learning_item; never learning_statement): three indexed range reads whatever the length of the child's history.
 */
@ApplicationScoped
public class ChildOverview {

    /** The completed items listed, newest first: enough for a page and for not suggesting them again. */
    static final int MAX_COMPLETED = 100;

    private final EntityManager entities;
    private final String activityBase;

    ChildOverview(EntityManager entities, LearningConfig config) {
        this.entities = entities;
        this.activityBase = config.activityBase();
    }

    /** The child's days from {@code from} to {@code to} (every one, empty ones at zero), themes and completions. */
    public Overview of(long profileId, LocalDate from, LocalDate to) {
        Map<LocalDate, Object[]> stored = new HashMap<>();
        for (Object row : entities.createNativeQuery("""
                        SELECT day, watched_ms, listened_ms, completed FROM learning_day
                        WHERE profile_id = ?1 AND day BETWEEN ?2 AND ?3""")
                .setParameter(1, profileId).setParameter(2, from).setParameter(3, to).getResultList()) {
            Object[] columns = (Object[]) row;
            stored.put(day(columns[0]), columns);
        }
        List<Day> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Object[] columns = stored.get(day);
            days.add(columns == null ? new Day(day, 0, 0, 0)
                    : new Day(day, seconds(columns[1]), seconds(columns[2]), ((Number) columns[3]).intValue()));
        }
        List<Theme> themes = new ArrayList<>();
        for (Object row : entities.createNativeQuery("""
                        SELECT theme, SUM(played_ms) AS played, SUM(completed) FROM learning_day_theme
                        WHERE profile_id = ?1 AND day BETWEEN ?2 AND ?3
                        GROUP BY theme ORDER BY played DESC, theme""")
                .setParameter(1, profileId).setParameter(2, from).setParameter(3, to).getResultList()) {
            Object[] columns = (Object[]) row;
            themes.add(new Theme((String) columns[0], seconds(columns[1]), ((Number) columns[2]).intValue()));
        }
        List<Item> completed = new ArrayList<>();
        for (Object row : entities.createNativeQuery("""
                        SELECT item_kind, item_iri, item_title, played_ms, completed_at FROM learning_item
                        WHERE profile_id = ?1 AND completed_at IS NOT NULL ORDER BY completed_at DESC LIMIT ?2""")
                .setParameter(1, profileId).setParameter(2, MAX_COMPLETED).getResultList()) {
            Object[] columns = (Object[]) row;
            String iri = (String) columns[1];
            completed.add(new Item((String) columns[0], iri.startsWith(activityBase)
                    ? iri.substring(activityBase.length()) : iri, (String) columns[2], seconds(columns[3]),
                    instant(columns[4])));
        }
        return new Overview(profileId, from, to, days, themes, completed);
    }

    private static LocalDate day(Object column) {
        return column instanceof Date date ? date.toLocalDate() : (LocalDate) column;
    }

    /** Stored as UTC wall time (LearningStore). */
    private static Instant instant(Object column) {
        LocalDateTime utc = column instanceof Timestamp stamp ? stamp.toLocalDateTime() : (LocalDateTime) column;
        return utc.toInstant(ZoneOffset.UTC);
    }

    private static double seconds(Object millis) {
        return ((Number) millis).longValue() / 1000.0;
    }

    @Schema(description = "Ce que l'espace parents montre d'un enfant, lu dans les agrégats")
    public record Overview(long profileId, LocalDate from, LocalDate to, List<Day> days, List<Theme> themes,
                           List<Item> completed) {
    }

    @Schema(description = "Une journée (fuseau Europe/Paris) : temps regardé (replay, direct) et écouté (podcasts)")
    public record Day(LocalDate day, double watchedSeconds, double listenedSeconds, int completed) {
    }

    @Schema(description = "Un thème d'apprentissage : temps passé sur la période, éléments terminés")
    public record Theme(String theme, double playedSeconds, int completed) {
    }

    @Schema(description = "Un élément terminé : son chemin sur le site (/programmes/…), son titre, quand")
    public record Item(String kind, String path, String title, double playedSeconds, Instant completedAt) {
    }
}
