package fr.pitchoun.auth.learning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import java.sql.PreparedStatement;
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

    static final int ROWS_PER_STATEMENT = 250;

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
        for (LearningStatement statement : fresh) {
            if (statement.verb() == Verb.ANSWERED) {
                // Quiz answers are no time played: they go to the quiz aggregate, not to the days.
                storeQuiz(statement);
            } else {
                aggregates.add(statement);
            }
        }
        addDays(aggregates);
        addThemes(aggregates);
        addItems(aggregates);
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
     * Inserts the new statements. Their ids were just looked up under the profiles' locks: a row that was not
     * inserted means another writer stored it meanwhile, and the batch is retried (then seen as a repeat).
     */
    private void insert(List<LearningStatement> fresh) {
        int inserted = inRows("""
                INSERT IGNORE INTO learning_statement (statement_id, profile_id, verb, item_kind, item_iri, item_title,
                    themes, age_min, age_max, duration_ms, completion, score_raw, score_max, occurred_at, stored_at,
                    statement) VALUES""", "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(6), ?)", "",
                fresh.stream().map(statement -> new Object[] {statement.id(), statement.profileId(),
                        statement.verb().code(), statement.kind().code(), statement.itemIri(), statement.title(),
                        asJson(statement.themes()), statement.ageMin(), statement.ageMax(),
                        statement.duration().toMillis(), statement.completion(), statement.scoreRaw(),
                        statement.scoreMax(), utc(statement.timestamp()),
                        records.toRecord(statement).get("statement").toString()}).toList());
        if (inserted != fresh.size()) {
            throw new IllegalStateException("Statements stored meanwhile by another writer: "
                    + (fresh.size() - inserted) + " of " + fresh.size() + "; the batch is retried");
        }
    }

    /** The answers one by one (for the export) and the child's result for that quiz. */
    private void storeQuiz(LearningStatement statement) {
        for (LearningStatement.QuizAnswer answer : statement.answers()) {
            entities.createNativeQuery("""
                            INSERT INTO learning_quiz_answer (statement_id, question, question_text, choice, choice_text,
                                correct) VALUES (?1, ?2, ?3, ?4, ?5, ?6)""")
                    .setParameter(1, statement.id()).setParameter(2, answer.question())
                    .setParameter(3, answer.questionText()).setParameter(4, answer.choice())
                    .setParameter(5, answer.choiceText()).setParameter(6, answer.correct())
                    .executeUpdate();
        }
        // The last score is the latest attempt's, whatever order repeats arrive in.
        entities.createNativeQuery("""
                        INSERT INTO learning_quiz_result (profile_id, quiz_iri, title, score_max, last_score, best_score,
                            attempts, first_answered_at, last_answered_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?5, 1, ?6, ?6)
                        ON DUPLICATE KEY UPDATE
                            last_score = IF(VALUES(last_answered_at) >= last_answered_at, VALUES(last_score), last_score),
                            title = IF(VALUES(last_answered_at) >= last_answered_at, VALUES(title), title),
                            score_max = IF(VALUES(last_answered_at) >= last_answered_at, VALUES(score_max), score_max),
                            best_score = GREATEST(best_score, VALUES(best_score)),
                            attempts = attempts + 1,
                            first_answered_at = LEAST(first_answered_at, VALUES(first_answered_at)),
                            last_answered_at = GREATEST(last_answered_at, VALUES(last_answered_at))""")
                .setParameter(1, statement.profileId()).setParameter(2, statement.itemIri())
                .setParameter(3, statement.title()).setParameter(4, statement.scoreMax())
                .setParameter(5, statement.scoreRaw()).setParameter(6, utc(statement.timestamp()))
                .executeUpdate();
    }

    private void addDays(LearningAggregates aggregates) {
        inRows("INSERT INTO learning_day (profile_id, day, played_ms, watched_ms, listened_ms, completed, statements)"
                        + " VALUES", "(?, ?, ?, ?, ?, ?, ?)", """
                         ON DUPLICATE KEY UPDATE played_ms = played_ms + VALUES(played_ms),
                            watched_ms = watched_ms + VALUES(watched_ms), listened_ms = listened_ms + VALUES(listened_ms),
                            completed = completed + VALUES(completed), statements = statements + VALUES(statements)""",
                aggregates.days().entrySet().stream().map(day -> new Object[] {day.getKey().profileId(),
                        day.getKey().day(), day.getValue().watchedMs + day.getValue().listenedMs,
                        day.getValue().watchedMs, day.getValue().listenedMs, day.getValue().completed,
                        day.getValue().statements}).toList());
    }

    private void addThemes(LearningAggregates aggregates) {
        inRows("INSERT INTO learning_day_theme (profile_id, day, theme, played_ms, completed) VALUES",
                "(?, ?, ?, ?, ?)", """
                         ON DUPLICATE KEY UPDATE played_ms = played_ms + VALUES(played_ms),
                            completed = completed + VALUES(completed)""",
                aggregates.themes().entrySet().stream().map(theme -> new Object[] {theme.getKey().profileId(),
                        theme.getKey().day(), theme.getKey().theme(), theme.getValue().playedMs,
                        theme.getValue().completed}).toList());
    }

    /** The item's first completion is kept; its title is the latest one the site gave. */
    private void addItems(LearningAggregates aggregates) {
        inRows("""
                INSERT INTO learning_item (profile_id, item_iri, item_kind, item_title, played_ms, statements,
                    first_played_at, last_played_at, completed_at) VALUES""", "(?, ?, ?, ?, ?, ?, ?, ?, ?)", """
                 ON DUPLICATE KEY UPDATE item_title = VALUES(item_title),
                    played_ms = played_ms + VALUES(played_ms), statements = statements + VALUES(statements),
                    first_played_at = LEAST(first_played_at, VALUES(first_played_at)),
                    last_played_at = GREATEST(last_played_at, VALUES(last_played_at)),
                    completed_at = COALESCE(LEAST(completed_at, VALUES(completed_at)), completed_at,
                        VALUES(completed_at))""",
                aggregates.items().entrySet().stream().map(item -> new Object[] {item.getKey().profileId(),
                        item.getKey().itemIri(), item.getValue().kind.code(), item.getValue().title,
                        item.getValue().playedMs, item.getValue().statements, utc(item.getValue().firstPlayed),
                        utc(item.getValue().lastPlayed),
                        item.getValue().completed == null ? null : utc(item.getValue().completed)}).toList());
    }

    /**
     * Runs {@code head row, row, … tail} with {@value #ROWS_PER_STATEMENT} rows at most a statement (one round trip
     * for them, not one each); the rows affected (an upsert counts 1 a row inserted, 2 a row updated).
     */
    private int inRows(String head, String row, String tail, List<Object[]> rows) {
        int affected = 0;
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            String sql = head + " " + String.join(",", Collections.nCopies(part.size(), row)) + tail;
            affected += entities.unwrap(Session.class).doReturningWork(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    int column = 1;
                    for (Object[] values : part) {
                        for (Object value : values) {
                            statement.setObject(column++, value);
                        }
                    }
                    return statement.executeUpdate();
                }
            });
        }
        return affected;
    }

    /**
     * Drops the statements of these children still waiting in the outbox (their family's data is being erased). One
     * the relay is sending meanwhile reaches the consumer after its profile is gone, and is dropped there.
     */
    @Transactional
    public int dropWaiting(List<Long> profileIds) {
        if (profileIds.isEmpty()) {
            return 0;
        }
        return entities.createNativeQuery("DELETE FROM learning_outbox WHERE record_key IN (?1)")
                .setParameter(1, profileIds.stream().map(String::valueOf).toList()).executeUpdate();
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
