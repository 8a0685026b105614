package fr.pitchoun.auth.learning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The gateway's store of statements (table learning_statement) and of the aggregates per child: per day (families'
 * zone; learning_day), day and theme (learning_day_theme) and item (learning_item). A statement id is stored once: a
 * repeat changes nothing; a statement of a profile that no longer exists is dropped (its data went with it).
 * A batch of statements is one transaction: one commit for all (what makes the consumer fast), its aggregates added
 * once per day, theme and item (see {@link LearningAggregates}).
 */
@ApplicationScoped
public class LearningStore {

    /** What storing a statement did. */
    public enum Stored { STORED, DUPLICATE, PROFILE_GONE }

    private final EntityManager entities;
    private final ObjectMapper json;
    private final StatementRecords records;
    private final ZoneId zone;

    LearningStore(EntityManager entities, ObjectMapper json, LearningConfig config) {
        this.entities = entities;
        this.json = json;
        this.records = new StatementRecords(json, config.activityBase());
        this.zone = config.zone();
    }

    @Transactional
    public Stored store(LearningStatement statement) {
        return storeAll(List.of(statement)).get(0);
    }

    /** Stores the statements in one transaction; what became of each, in their order. */
    @Transactional
    public List<Stored> storeAll(List<LearningStatement> statements) {
        Set<Long> living = lockProfiles(statements);
        LearningAggregates aggregates = new LearningAggregates(zone);
        List<Stored> outcomes = new ArrayList<>(statements.size());
        for (LearningStatement statement : statements) {
            if (!living.contains(statement.profileId())) {
                outcomes.add(Stored.PROFILE_GONE);
            } else if (insert(statement) == 0) {
                outcomes.add(Stored.DUPLICATE);
            } else {
                aggregates.add(statement);
                outcomes.add(Stored.STORED);
            }
        }
        aggregates.days().forEach(this::addDay);
        aggregates.themes().forEach(this::addTheme);
        aggregates.items().forEach(this::addItem);
        return outcomes;
    }

    /**
     * Locks the rows of the statements' profiles that still exist: a deletion waits for these statements or happens
     * before them, never half-way.
     */
    private Set<Long> lockProfiles(List<LearningStatement> statements) {
        List<Long> ids = statements.stream().map(LearningStatement::profileId).distinct().sorted().toList();
        Set<Long> living = new HashSet<>();
        for (Object id : entities.createNativeQuery("SELECT id FROM child_profile WHERE id IN (:ids) FOR UPDATE")
                .setParameter("ids", ids).getResultList()) {
            living.add(((Number) id).longValue());
        }
        return living;
    }

    private int insert(LearningStatement statement) {
        return entities.createNativeQuery("""
                        INSERT IGNORE INTO learning_statement (statement_id, profile_id, verb, item_kind, item_iri,
                            item_title, themes, age_min, age_max, duration_ms, completion, score_raw, score_max,
                            occurred_at, stored_at, statement)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, UTC_TIMESTAMP(6), ?15)""")
                .setParameter(1, statement.id())
                .setParameter(2, statement.profileId())
                .setParameter(3, statement.verb().code())
                .setParameter(4, statement.kind().code())
                .setParameter(5, statement.itemIri())
                .setParameter(6, statement.title())
                .setParameter(7, asJson(statement.themes()))
                .setParameter(8, statement.ageMin())
                .setParameter(9, statement.ageMax())
                .setParameter(10, statement.duration().toMillis())
                .setParameter(11, statement.completion())
                .setParameter(12, statement.scoreRaw())
                .setParameter(13, statement.scoreMax())
                .setParameter(14, utc(statement.timestamp()))
                .setParameter(15, records.toRecord(statement).get("statement").toString())
                .executeUpdate();
    }

    private void addDay(LearningAggregates.DayKey key, LearningAggregates.DayTotals totals) {
        entities.createNativeQuery("""
                        INSERT INTO learning_day (profile_id, day, played_ms, watched_ms, listened_ms, completed,
                            statements)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        ON DUPLICATE KEY UPDATE played_ms = played_ms + VALUES(played_ms),
                            watched_ms = watched_ms + VALUES(watched_ms),
                            listened_ms = listened_ms + VALUES(listened_ms),
                            completed = completed + VALUES(completed), statements = statements + VALUES(statements)""")
                .setParameter(1, key.profileId()).setParameter(2, key.day())
                .setParameter(3, totals.watchedMs + totals.listenedMs).setParameter(4, totals.watchedMs)
                .setParameter(5, totals.listenedMs).setParameter(6, totals.completed)
                .setParameter(7, totals.statements)
                .executeUpdate();
    }

    private void addTheme(LearningAggregates.ThemeKey key, LearningAggregates.ThemeTotals totals) {
        entities.createNativeQuery("""
                        INSERT INTO learning_day_theme (profile_id, day, theme, played_ms, completed)
                        VALUES (?1, ?2, ?3, ?4, ?5)
                        ON DUPLICATE KEY UPDATE played_ms = played_ms + VALUES(played_ms),
                            completed = completed + VALUES(completed)""")
                .setParameter(1, key.profileId()).setParameter(2, key.day()).setParameter(3, key.theme())
                .setParameter(4, totals.playedMs).setParameter(5, totals.completed)
                .executeUpdate();
    }

    /** The item's first completion is kept; its title is the latest one the site gave. */
    private void addItem(LearningAggregates.ItemKey key, LearningAggregates.ItemTotals totals) {
        entities.createNativeQuery("""
                        INSERT INTO learning_item (profile_id, item_iri, item_kind, item_title, played_ms, statements,
                            first_played_at, last_played_at, completed_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        ON DUPLICATE KEY UPDATE item_title = VALUES(item_title),
                            played_ms = played_ms + VALUES(played_ms), statements = statements + VALUES(statements),
                            first_played_at = LEAST(first_played_at, VALUES(first_played_at)),
                            last_played_at = GREATEST(last_played_at, VALUES(last_played_at)),
                            completed_at = COALESCE(LEAST(completed_at, VALUES(completed_at)), completed_at,
                                VALUES(completed_at))""")
                .setParameter(1, key.profileId()).setParameter(2, key.itemIri()).setParameter(3, totals.kind.code())
                .setParameter(4, totals.title).setParameter(5, totals.playedMs).setParameter(6, totals.statements)
                .setParameter(7, utc(totals.firstPlayed)).setParameter(8, utc(totals.lastPlayed))
                .setParameter(9, totals.completed == null ? null : utc(totals.completed))
                .executeUpdate();
    }

    /** Stored as UTC wall time whatever the zone of the machine or of the database. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private String asJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
