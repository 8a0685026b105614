package fr.pitchoun.auth.privacy;

import fr.pitchoun.auth.learning.LearningConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Statements are kept {@code pitchoun.privacy.statement-retention} (24 months), counted in whole days of the
 * families' zone: each night, the statements of the days before the first day kept go, and so do those days'
 * aggregates (learning_day, learning_day_theme), so that the parents' space never shows a day whose statements the
 * export no longer holds. Purged rows are counted in {@code pitchoun_privacy_purged_rows_total{table}}.
 */
@ApplicationScoped
public class StatementRetention {

    private static final Logger LOG = Logger.getLogger(StatementRetention.class);
    /**
     * Each table with what it loses: statements and the items last played (whose statements are all gone) before the
     * cutoff instant, the daily aggregates before the first day kept.
     */
    private static final Map<String, Purge> TABLES = orderedPurges();

    private final EntityManager entities;
    private final MeterRegistry metrics;
    private final Period retention;
    private final ZoneId zone;

    StatementRetention(EntityManager entities, MeterRegistry metrics, PrivacyConfig config,
                       LearningConfig learning) {
        this.entities = entities;
        this.metrics = metrics;
        this.retention = config.statementRetention();
        this.zone = learning.zone();
        for (String table : TABLES.keySet()) {
            metrics.counter("pitchoun.privacy.purged.rows", "table", table);
        }
    }

    @Scheduled(cron = "${pitchoun.privacy.purge-cron}", timeZone = "Europe/Paris")
    void nightly() {
        purge(Instant.now());
    }

    /** The first day kept at {@code now}: whatever is older is purged. */
    public LocalDate firstDayKept(Instant now) {
        return now.atZone(zone).toLocalDate().minus(retention);
    }

    /** Purges what is older than the retention at {@code now}; the rows deleted, statements first. */
    @Transactional
    public long purge(Instant now) {
        LocalDate firstKept = firstDayKept(now);
        LocalDateTime cutoffUtc = LocalDateTime.ofInstant(firstKept.atStartOfDay(zone).toInstant(), ZoneOffset.UTC);
        long total = 0;
        for (Map.Entry<String, Purge> table : TABLES.entrySet()) {
            int purged = entities.createNativeQuery(table.getValue().sql())
                    .setParameter(1, table.getValue().byDay() ? firstKept : cutoffUtc).executeUpdate();
            metrics.counter("pitchoun.privacy.purged.rows", "table", table.getKey()).increment(purged);
            total += purged;
        }
        if (total > 0) {
            LOG.infof("Retention: %d rows older than %s purged", total, firstKept);
        }
        return total;
    }

    /** A table's purge: rows before the cutoff instant, or (by day) before the first day kept. */
    private record Purge(String sql, boolean byDay) {
    }

    private static Map<String, Purge> orderedPurges() {
        Map<String, Purge> purges = new LinkedHashMap<>();
        purges.put("learning_statement", new Purge("DELETE FROM learning_statement WHERE occurred_at < ?1", false));
        purges.put("learning_item", new Purge("DELETE FROM learning_item WHERE last_played_at < ?1", false));
        purges.put("learning_quiz_result",
                new Purge("DELETE FROM learning_quiz_result WHERE last_answered_at < ?1", false));
        purges.put("learning_day", new Purge("DELETE FROM learning_day WHERE day < ?1", true));
        purges.put("learning_day_theme", new Purge("DELETE FROM learning_day_theme WHERE day < ?1", true));
        return purges;
    }
}
