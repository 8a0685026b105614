package fr.pitchoun.auth.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** A child's quiz results as the parents' space shows them: the aggregate learning_quiz_result, latest first. */
@ApplicationScoped
public class QuizResults {

    static final String QUIZ_SUFFIX = "/quiz";

    private final EntityManager entities;
    private final String activityBase;

    QuizResults(EntityManager entities, LearningConfig config) {
        this.entities = entities;
        this.activityBase = config.activityBase();
    }

    public List<QuizView> of(long profileId, int limit) {
        return entities.createNativeQuery("""
                        SELECT quiz_iri, title, score_max, last_score, best_score, attempts, last_answered_at
                        FROM learning_quiz_result WHERE profile_id = ?1
                        ORDER BY last_answered_at DESC, quiz_iri LIMIT ?2""")
                .setParameter(1, profileId).setParameter(2, limit).getResultList().stream()
                .map(row -> view((Object[]) row)).toList();
    }

    private QuizView view(Object[] columns) {
        String iri = (String) columns[0];
        return new QuizView(iri, episodePath(iri), (String) columns[1], ((Number) columns[2]).intValue(),
                ((Number) columns[3]).intValue(), ((Number) columns[4]).intValue(), ((Number) columns[5]).intValue(),
                utc(columns[6]));
    }

    /** "/programmes/{programme}/{episode}", the episode's path on the site, from the quiz's IRI. */
    private String episodePath(String iri) {
        return iri.startsWith(activityBase) && iri.endsWith(QUIZ_SUFFIX)
                ? iri.substring(activityBase.length(), iri.length() - QUIZ_SUFFIX.length()) : null;
    }

    private static Instant utc(Object column) {
        LocalDateTime wall = column instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) column;
        return wall.toInstant(ZoneOffset.UTC);
    }

    @Schema(description = "Résultat d'un enfant à un quiz : dernier et meilleur score, tentatives")
    public record QuizView(
            @Schema(description = "Le quiz (objet des relevés answered)",
                    example = "https://pitchoun.fr/programmes/mission-ocean/le-recif-de-corail/quiz") String quiz,
            @Schema(description = "La page de l'épisode sur le site", example = "/programmes/mission-ocean/le-recif-de-corail")
            String episode,
            @Schema(example = "Le récif de corail") String title,
            @Schema(description = "Nombre de questions", example = "3") int scoreMax,
            @Schema(example = "2") int lastScore,
            @Schema(example = "3") int bestScore,
            @Schema(example = "2") int attempts,
            Instant lastAnsweredAt) {
    }
}
