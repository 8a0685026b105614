package fr.pitchoun.auth.learning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    static final int ROWS_PER_INSERT = 250;

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
        Map<String, LearningStatement> candidates = new LinkedHashMap<>();
        for (LearningStatement statement : statements) {
            if (living.contains(statement.profileId())) {
                candidates.putIfAbsent(statement.id(), statement);
            }
        }
        Set<String> known = alreadyStored(candidates.keySet());
        List<LearningStatement> fresh = candidates.values().stream().filter(s -> !known.contains(s.id())).toList();
        insert(fresh);
        LearningAggregates aggregates = new LearningAggregates(zone);
        fresh.forEach(aggregates::add);
        aggregates.days().forEach(this::addDay);
        aggregates.themes().forEach(this::addTheme);
        aggregates.items().forEach(this::addItem);
        // The first of each new id is the one stored; any other with that id is a repeat.
        Set<String> storedNow = new HashSet<>(fresh.stream().map(LearningStatement::id).toList());
        return statements.stream().map(s -> !living.contains(s.profileId()) ? Stored.PROFILE_GONE
                : storedNow.remove(s.id()) ? Stored.STORED : Stored.DUPLICATE).toList();
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

    private Set<String> alreadyStored(Set<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<String> known = new HashSet<>();
        for (Object id : entities.createNativeQuery(
                        "SELECT statement_id FROM learning_statement WHERE statement_id IN (:ids)")
                .setParameter("ids", List.copyOf(ids)).getResultList()) {
            known.add((String) id);
        }
        return known;
    }

    /**
     * Inserts the new statements, {@value #ROWS_PER_INSERT} rows a statement (one round trip each, not one per row).
     * Their ids were just looked up under the profiles' locks: a row that was not inserted means another writer
     * stored it meanwhile, and the batch is retried (then seen as a repeat).
     */
    private void insert(List<LearningStatement> fresh) {
        for (int from = 0; from < fresh.size(); from += ROWS_PER_INSERT) {
            List<LearningStatement> rows = fresh.subList(from, Math.min(fresh.size(), from + ROWS_PER_INSERT));
            int inserted = entities.unwrap(Session.class).doReturningWork(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("""
                        INSERT IGNORE INTO learning_statement (statement_id, profile_id, verb, item_kind, item_iri,
                            item_title, themes, age_min, age_max, duration_ms, completion, score_raw, score_max,
                            occurred_at, stored_at, statement) VALUES """
                        + String.join(",", Collections.nCopies(rows.size(),
                                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(6), ?)")))) {
                    int column = 1;
                    for (LearningStatement statement : rows) {
                        insert.setString(column++, statement.id());
                        insert.setLong(column++, statement.profileId());
                        insert.setString(column++, statement.verb().code());
                        insert.setString(column++, statement.kind().code());
                        insert.setString(column++, statement.itemIri());
                        insert.setString(column++, statement.title());
                        insert.setString(column++, asJson(statement.themes()));
                        insert.setObject(column++, statement.ageMin(), Types.SMALLINT);
                        insert.setObject(column++, statement.ageMax(), Types.SMALLINT);
                        insert.setLong(column++, statement.duration().toMillis());
                        insert.setBoolean(column++, statement.completion());
                        insert.setObject(column++, statement.scoreRaw(), Types.INTEGER);
                        insert.setObject(column++, statement.scoreMax(), Types.INTEGER);
                        insert.setObject(column++, utc(statement.timestamp()));
                        insert.setString(column++, records.toRecord(statement).get("statement").toString());
                    }
                    return insert.executeUpdate();
                }
            });
            if (inserted != rows.size()) {
                throw new IllegalStateException("Statements stored meanwhile by another writer: "
                        + (rows.size() - inserted) + " of " + rows.size() + "; the batch is retried");
            }
        }
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
