package fr.pitchoun.auth.learning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The gateway's store of statements (table learning_statement) and of the daily aggregates per child, day
 * (families' zone) and theme (learning_day, learning_day_theme). A statement id is stored once: a repeat changes
 * nothing; a statement of a profile that no longer exists is dropped (its data went with it).
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
        // Locks the profile row: a deletion waits for this statement or happens before it, never half-way.
        if (entities.createNativeQuery("SELECT id FROM child_profile WHERE id = ?1 FOR UPDATE")
                .setParameter(1, statement.profileId()).getResultList().isEmpty()) {
            return Stored.PROFILE_GONE;
        }
        int inserted = entities.createNativeQuery("""
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
                .setParameter(14, utc(statement))
                .setParameter(15, records.toRecord(statement).get("statement").toString())
                .executeUpdate();
        if (inserted == 0) {
            return Stored.DUPLICATE;
        }
        if (statement.verb() == Verb.ANSWERED) {
            // Quiz answers are no time played: they go to the quiz aggregate, not to the days.
            storeQuiz(statement);
            return Stored.STORED;
        }
        LocalDate day = statement.timestamp().atZone(zone).toLocalDate();
        int completed = statement.completion() ? 1 : 0;
        entities.createNativeQuery("""
                        INSERT INTO learning_day (profile_id, day, played_ms, completed, statements)
                        VALUES (?1, ?2, ?3, ?4, 1)
                        ON DUPLICATE KEY UPDATE played_ms = played_ms + VALUES(played_ms),
                            completed = completed + VALUES(completed), statements = statements + 1""")
                .setParameter(1, statement.profileId()).setParameter(2, day)
                .setParameter(3, statement.duration().toMillis()).setParameter(4, completed)
                .executeUpdate();
        for (String theme : statement.themes()) {
            entities.createNativeQuery("""
                            INSERT INTO learning_day_theme (profile_id, day, theme, played_ms, completed)
                            VALUES (?1, ?2, ?3, ?4, ?5)
                            ON DUPLICATE KEY UPDATE played_ms = played_ms + VALUES(played_ms),
                                completed = completed + VALUES(completed)""")
                    .setParameter(1, statement.profileId()).setParameter(2, day).setParameter(3, theme)
                    .setParameter(4, statement.duration().toMillis()).setParameter(5, completed)
                    .executeUpdate();
        }
        return Stored.STORED;
    }

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
                .setParameter(5, statement.scoreRaw()).setParameter(6, utc(statement))
                .executeUpdate();
    }

    /** Stored as UTC wall time whatever the zone of the machine or of the database. */
    private static LocalDateTime utc(LearningStatement statement) {
        return LocalDateTime.ofInstant(statement.timestamp(), ZoneOffset.UTC);
    }

    private String asJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
