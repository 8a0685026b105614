package fr.pitchoun.frontend.learning;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.frontend.account.SiteSessions;
import fr.pitchoun.frontend.account.Viewer;
import fr.pitchoun.frontend.catalogue.CmsContent;
import fr.pitchoun.frontend.catalogue.Quiz;
import fr.pitchoun.frontend.security.OriginHeaders;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestPath;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The quiz at the end of an episode: each answer corrected as the child goes ({@code …/correction}, nothing
 * recorded), then the whole quiz scored here against the CMS's quiz and, while a child watches, relayed to
 * auth-gateway as an {@code answered} statement with its score. Same-origin posts only; the browser's word is only
 * which choice it made.
 */
@Path("/apprentissage/quiz/{programme}/{episode}")
@Produces(MediaType.APPLICATION_JSON)
public class QuizResource {

    static final String METRIC = "pitchoun.frontend.quiz.answers";
    private static final Logger LOG = Logger.getLogger(QuizResource.class);

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OneAnswer(Integer question, Integer choice) {
    }

    /** {@code attemptId}: a UUID the page makes once per attempt, so a resent post counts once. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Answers(String attemptId, List<Integer> choices, Double seconds) {
    }

    private final CmsContent content;
    private final SiteSessions sessions;
    private final PlayedItems items;
    private final LearningClient gateway;
    private final MeterRegistry metrics;
    private final ObjectMapper mapper;

    QuizResource(CmsContent content, SiteSessions sessions, PlayedItems items, @RestClient LearningClient gateway,
                 MeterRegistry metrics, ObjectMapper mapper) {
        this.mapper = mapper;
        this.content = content;
        this.sessions = sessions;
        this.items = items;
        this.gateway = gateway;
        this.metrics = metrics;
    }

    @POST
    @Path("correction")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public Response correction(@RestPath String programme, @RestPath String episode, @BeanParam OriginHeaders origin,
                               String body) {
        OneAnswer answer = read(body, OneAnswer.class);
        if (!origin.fromThisSite()) {
            return message(403, "Cette demande ne vient pas du site Pitchoun.");
        }
        Optional<Quiz> quiz = quiz(programme, episode);
        if (quiz.isEmpty()) {
            return message(404, "Cet épisode n'a pas de quiz.");
        }
        if (answer == null || answer.question() == null || answer.choice() == null) {
            return message(400, "Choisissez une réponse.");
        }
        return QuizScoring.correct(quiz.get(), answer.question(), answer.choice())
                .map(corrected -> json(200, corrected))
                .orElseGet(() -> message(400, "Cette réponse n'existe pas pour cette question."));
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public Response answers(@RestPath String programme, @RestPath String episode,
                            @CookieParam(SiteSessions.COOKIE) String token, @BeanParam OriginHeaders origin,
                            String body) {
        Answers answers = read(body, Answers.class);
        if (!origin.fromThisSite()) {
            return counted("not-same-origin", message(403, "Cette demande ne vient pas du site Pitchoun."));
        }
        Optional<Quiz> quiz = quiz(programme, episode);
        if (quiz.isEmpty()) {
            return counted("unknown-quiz", message(404, "Cet épisode n'a pas de quiz."));
        }
        if (answers == null || !isUuid(answers.attemptId())) {
            return counted("incomplete", message(400, "Réponses au quiz incomplètes."));
        }
        Optional<QuizScoring.Score> score = QuizScoring.score(quiz.get(), answers.choices());
        if (score.isEmpty()) {
            return counted("incomplete", message(400, "Répondez à chaque question du quiz."));
        }
        Optional<Viewer> viewer = sessions.verify(token);
        String recorded = viewer.isEmpty() || viewer.get().childWatching().isEmpty() ? "not-recorded"
                : relay(token, quiz.get(), answers, score.get());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("score", score.get().raw());
        result.put("max", score.get().max());
        result.put("recorded", recorded.equals("recorded"));
        result.put("answers", score.get().answers());
        return counted(recorded, json(200, result));
    }

    /** The statement for the child watching; what became of it (the score is shown whatever the gateway says). */
    private String relay(String token, Quiz quiz, Answers answers, QuizScoring.Score score) {
        Optional<PlayedItem> episode = items.episode(quiz.programme(), quiz.episode());
        if (episode.isEmpty()) {
            return "unknown-episode";
        }
        PlayedItem item = episode.get();
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("statementId", answers.attemptId().toLowerCase());
        statement.put("verb", "answered");
        statement.put("item", new PlayedItem("quiz", item.first(), item.second(), item.title(), item.themes(),
                item.ageMin(), item.ageMax(), 0));
        double seconds = answers.seconds() == null || answers.seconds() < 0 ? 0 : Math.min(answers.seconds(), 3600);
        statement.put("durationSeconds", seconds);
        statement.put("score", Map.of("raw", score.raw(), "max", score.max()));
        statement.put("answers", score.answers().stream().map(a -> Map.of("question", a.question(),
                "questionText", a.questionText(), "choice", a.choice(), "choiceText", a.choiceText(),
                "correct", a.correct())).toList());
        try (Response answer = gateway.record(SiteSessions.COOKIE + "=" + token, statement)) {
            if (answer.getStatus() == 202) {
                return "recorded";
            }
            LOG.debugf("Quiz answers refused by auth-gateway (%d)", answer.getStatus());
            return "refused-" + answer.getStatus();
        } catch (RuntimeException e) {
            LOG.warnf("Quiz answers not relayed, auth-gateway unreachable: %s", e.toString());
            return "gateway-unreachable";
        }
    }

    private Optional<Quiz> quiz(String programme, String episode) {
        try {
            return content.quiz(programme, episode);
        } catch (RuntimeException e) {
            LOG.warnf("Quiz %s/%s unread: %s", programme, episode, e.toString());
            return Optional.empty();
        }
    }

    private static boolean isUuid(String id) {
        try {
            return id != null && id.length() == 36 && UUID.fromString(id).toString().equalsIgnoreCase(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Response counted(String outcome, Response response) {
        metrics.counter(METRIC, "outcome", outcome).increment();
        return response;
    }

    private Response message(int status, String text) {
        return json(status, Map.of("message", text));
    }

    /** This site has no JSON body reader or writer of its own (pages are HTML): Jackson by hand, as for reports. */
    private Response json(int status, Object body) {
        try {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8"))
                    .entity(mapper.writeValueAsString(body)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return body == null || body.isBlank() ? null : mapper.readValue(body, type);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
