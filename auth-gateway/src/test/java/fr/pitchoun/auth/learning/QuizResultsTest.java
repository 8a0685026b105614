package fr.pitchoun.auth.learning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.auth.session.Entitlement;
import fr.pitchoun.auth.session.SessionCookies;
import fr.pitchoun.auth.session.SessionTokens;
import fr.pitchoun.contracts.TopicContract;
import fr.pitchoun.contracts.TopicReader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Quiz answers through the real MariaDB and Kafka: an answered statement with its score reaches the topic as its
 * contract says, is stored once with each answer, and the child's quiz results (last, best, attempts) are what the
 * parents' space reads at /quizzes; impossible scores are refused and counted.
 */
@QuarkusTest
class QuizResultsTest {

    private final long customerId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);

    @Inject
    SessionTokens sessions;

    @Inject
    AgroalDataSource database;

    @Inject
    ObjectMapper json;

    @Test
    void answersAreStoredOnceAndTheResultKeepsTheLastAndBestScores() throws Exception {
        String parent = sessions.open(customerId, "Léa", Set.of(Entitlement.MYPITCHOUN)).token();
        long lou = createProfile(parent);
        String louWatching = watching(parent, lou);

        StatementReport first = Reports.quizAnswered(1);
        try (TopicReader topic = TopicReader.fromNow(
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                LearningPipelineTest.TOPIC)) {
            report(louWatching, first).statusCode(202);
            String record = topic.recordContaining(first.statementId(), Duration.ofSeconds(15)).value();
            TopicContract.of(LearningPipelineTest.TOPIC).assertValid(record);
            JsonNode statement = json.readTree(record).path("statement");
            assertEquals("http://adlnet.gov/expapi/verbs/answered", statement.path("verb").path("id").asText());
            assertEquals("https://pitchoun.fr/programmes/mission-ocean/le-recif-de-corail/quiz",
                    statement.path("object").path("id").asText());
            assertEquals(1, statement.path("result").path("score").path("raw").asInt());
            assertEquals(3, statement.path("result").path("score").path("max").asInt());
            assertEquals(3, statement.path("result").path("extensions")
                    .path("https://pitchoun.fr/xapi/extensions/quiz-answers").size());
        }
        // The same statement again (a retried post) counts once.
        report(louWatching, first).statusCode(202);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> quizzes(parent, lou).body("size()", equalTo(1))
                .body("[0].lastScore", equalTo(1)));

        report(louWatching, Reports.quizAnswered(3)).statusCode(202);
        report(louWatching, Reports.quizAnswered(2)).statusCode(202);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> quizzes(parent, lou).body("[0].attempts", equalTo(3)));
        quizzes(parent, lou)
                .body("[0].quiz", equalTo("https://pitchoun.fr/programmes/mission-ocean/le-recif-de-corail/quiz"))
                .body("[0].episode", equalTo("/programmes/mission-ocean/le-recif-de-corail"))
                .body("[0].title", equalTo("Le récif de corail"))
                .body("[0].scoreMax", equalTo(3)).body("[0].lastScore", equalTo(2)).body("[0].bestScore", equalTo(3))
                .body("[0].lastAnsweredAt", notNullValue());

        assertEquals(9, count("SELECT COUNT(*) FROM learning_quiz_answer a JOIN learning_statement s"
                + " ON s.statement_id = a.statement_id WHERE s.profile_id = ?", lou), "three answers per attempt");
        assertEquals(1, count("SELECT COUNT(*) FROM learning_quiz_answer WHERE statement_id = ? AND correct",
                first.statementId()));
        assertEquals(0, count("SELECT COUNT(*) FROM learning_day WHERE profile_id = ?", lou),
                "answering is no time played");
        given().cookie(SessionCookies.NAME, parent).get("/api/learning/profiles/{id}/statements", lou)
                .then().statusCode(200).body("size()", equalTo(3));

        // Another family sees nothing of Lou's results.
        String stranger = sessions.open(customerId + 1, "Autre", Set.of(Entitlement.MYPITCHOUN)).token();
        given().cookie(SessionCookies.NAME, stranger).get("/api/learning/profiles/{id}/quizzes", lou)
                .then().statusCode(404);

        // Deleting the profile takes its results and answers with it.
        given().cookie(SessionCookies.NAME, parent).delete("/api/profiles/{id}", lou).then().statusCode(204);
        assertEquals(0, count("SELECT COUNT(*) FROM learning_quiz_result WHERE profile_id = ?", lou));
        assertEquals(0, count("SELECT COUNT(*) FROM learning_quiz_answer WHERE statement_id = ?", first.statementId()));
    }

    @Test
    void anImpossibleScoreIsRefusedAndCounted() {
        String parent = sessions.open(customerId, "Léa", Set.of(Entitlement.MYPITCHOUN)).token();
        long lou = createProfile(parent);
        String louWatching = watching(parent, lou);
        StatementReport answered = Reports.quizAnswered(2);
        report(louWatching, Reports.withScore(answered, new StatementReport.Score(6, 5), answered.answers()))
                .statusCode(422).body("message", containsString("Score invalide"));
        report(louWatching, Reports.withScore(answered, null, List.of())).statusCode(422);
        given().get("/q/metrics").then().body(containsString(
                "pitchoun_learning_statements_received_total{outcome=\"refused\",reason=\"score\"}"));
        quizzes(parent, lou).body("size()", equalTo(0));
    }

    private static long createProfile(String parent) {
        return given().cookie(SessionCookies.NAME, parent).contentType(ContentType.JSON)
                .body(Map.of("name", "Lou", "ageBand", "7-9", "avatar", "fox")).post("/api/profiles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The parent's session with the child chosen in « Qui regarde ? ». */
    private static String watching(String parent, long profileId) {
        return given().cookie(SessionCookies.NAME, parent).contentType(ContentType.JSON)
                .body("{\"profileId\":" + profileId + "}").put("/api/sessions/current/profile")
                .then().statusCode(200).extract().cookie(SessionCookies.NAME);
    }

    private static ValidatableResponse report(String session, StatementReport report) {
        return given().cookie(SessionCookies.NAME, session).contentType(ContentType.JSON).body(report)
                .post("/api/learning/statements").then();
    }

    private static ValidatableResponse quizzes(String session, long profileId) {
        return given().cookie(SessionCookies.NAME, session).get("/api/learning/profiles/{id}/quizzes", profileId)
                .then().statusCode(200);
    }

    private long count(String sql, Object parameter) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }
}
