package fr.pitchoun.auth.learning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What the store holds for one child: its days (the aggregates) and its latest statements. */
@ApplicationScoped
public class LearningHistory {

    private final EntityManager entities;
    private final ObjectMapper json;

    LearningHistory(EntityManager entities, ObjectMapper json) {
        this.entities = entities;
        this.json = json;
    }

    /** The child's days from {@code from} to {@code to} (both included) that have something, oldest first. */
    public List<DayView> days(long profileId, LocalDate from, LocalDate to) {
        Map<LocalDate, DayView> days = new LinkedHashMap<>();
        for (Object row : entities.createNativeQuery("""
                        SELECT day, played_ms, completed, statements FROM learning_day
                        WHERE profile_id = ?1 AND day BETWEEN ?2 AND ?3 ORDER BY day""")
                .setParameter(1, profileId).setParameter(2, from).setParameter(3, to).getResultList()) {
            Object[] columns = (Object[]) row;
            LocalDate day = day(columns[0]);
            days.put(day, new DayView(day, seconds(columns[1]), ((Number) columns[2]).intValue(),
                    ((Number) columns[3]).intValue(), new ArrayList<>()));
        }
        for (Object row : entities.createNativeQuery("""
                        SELECT day, theme, played_ms, completed FROM learning_day_theme
                        WHERE profile_id = ?1 AND day BETWEEN ?2 AND ?3 ORDER BY day, played_ms DESC, theme""")
                .setParameter(1, profileId).setParameter(2, from).setParameter(3, to).getResultList()) {
            Object[] columns = (Object[]) row;
            DayView day = days.get(day(columns[0]));
            if (day != null) {
                day.themes().add(new ThemeView((String) columns[1], seconds(columns[2]),
                        ((Number) columns[3]).intValue()));
            }
        }
        return List.copyOf(days.values());
    }

    /** The child's latest statements, newest first, as xAPI JSON. */
    public List<JsonNode> latestStatements(long profileId, int limit) {
        return parsed(entities.createNativeQuery("""
                        SELECT statement FROM learning_statement WHERE profile_id = ?1
                        ORDER BY occurred_at DESC, statement_id LIMIT ?2""")
                .setParameter(1, profileId).setParameter(2, limit).getResultList());
    }

    /** Every statement kept for the child (of one verb, or all when null), oldest first: the family's export. */
    public List<JsonNode> allStatements(long profileId, Verb verb) {
        return parsed(entities.createNativeQuery("""
                        SELECT statement FROM learning_statement WHERE profile_id = ?1 AND verb IN (?2)
                        ORDER BY occurred_at, statement_id""")
                .setParameter(1, profileId).setParameter(2, (verb == null ? Arrays.stream(Verb.values()) : Stream.of(verb)).map(Verb::code)
                        .toList()).getResultList());
    }

    private List<JsonNode> parsed(List<?> texts) {
        List<JsonNode> statements = new ArrayList<>();
        for (Object text : texts) {
            try {
                statements.add(json.readTree((String) text));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable stored statement", e);
            }
        }
        return statements;
    }

    private static LocalDate day(Object column) {
        return column instanceof Date date ? date.toLocalDate() : (LocalDate) column;
    }

    private static double seconds(Object millis) {
        return ((Number) millis).longValue() / 1000.0;
    }

    @Schema(description = "Une journée d'un enfant (fuseau Europe/Paris)")
    public record DayView(LocalDate day, double playedSeconds, int completed, int statements,
                          List<ThemeView> themes) {
    }

    @Schema(description = "Temps passé sur un thème d'apprentissage dans la journée")
    public record ThemeView(String theme, double playedSeconds, int completed) {
    }
}
