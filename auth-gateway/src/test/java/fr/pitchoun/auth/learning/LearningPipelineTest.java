package fr.pitchoun.auth.learning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.auth.session.Entitlement;
import fr.pitchoun.auth.session.SessionCookies;
import fr.pitchoun.auth.session.SessionTokens;
import fr.pitchoun.auth.session.WatchingProfile;
import fr.pitchoun.auth.support.Rows;
import fr.pitchoun.contracts.TopicContract;
import fr.pitchoun.contracts.TopicReader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static fr.pitchoun.auth.support.Viewers.createProfile;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Through the real MariaDB and Kafka of the test infrastructure: the site's report for the session's child becomes a
 * statement on pitchoun.learning.statements (as its contract says), which the gateway's consumer stores once, with
 * the child's day and themes; what may not be recorded is refused and counted.
 */
@QuarkusTest
class LearningPipelineTest {

    static final String TOPIC = "pitchoun.learning.statements";
    private static final Duration CONSUMED = Duration.ofSeconds(20);

    /** The shared test database keeps rows between runs: every test works on its own family. */
    private final long customerId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);

    @Inject
    SessionTokens sessions;

    @Inject
    LearningStore store;

    @Inject
    AgroalDataSource database;

    @Inject
    ObjectMapper json;

    @Test
    void aPlayedEpisodeReachesTheTopicAndTheStoreAndARepeatCountsOnce() throws Exception {
        String parent = familySession(customerId);
        long lou = createProfile(parent, "Lou");
        String louWatching = choose(parent, lou).statusCode(200)
                .body("watching.profileId", equalTo((int) lou)).body("watching.name", equalTo("Lou"))
                .extract().cookie(SessionCookies.NAME);
        StatementReport first = Reports.episodePlayed(10.4);
        try (TopicReader topic = TopicReader.fromNow(
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class), TOPIC)) {
            report(louWatching, first).statusCode(202).body("statementId", equalTo(first.statementId()));
            ConsumerRecord<String, String> record = topic.recordContaining(first.statementId(), Duration.ofSeconds(15));
            assertEquals(Long.toString(lou), record.key());
            TopicContract.of(TOPIC).assertValid(record.value());
            JsonNode statement = json.readTree(record.value()).path("statement");
            assertEquals(Long.toString(lou), statement.path("actor").path("account").path("name").asText());
            assertEquals("PT10.4S", statement.path("result").path("duration").asText());
        }
        await().atMost(CONSUMED).untilAsserted(() -> days(parent, lou).body("[0].playedSeconds", equalTo(10.4f))
                .body("[0].statements", equalTo(1)));

        report(louWatching, first).statusCode(202);
        // Same key, so the same partition: once the next statement is stored, the repeat has been read before it.
        StatementReport next = new StatementReport(UUID.randomUUID().toString(), "completed", Reports.abysses(), 5.0);
        report(louWatching, next).statusCode(202);
        await().atMost(CONSUMED).untilAsserted(() -> days(parent, lou).body("[0].statements", equalTo(2)));
        days(parent, lou).body("[0].playedSeconds", equalTo(15.4f)).body("[0].completed", equalTo(1))
                .body("[0].themes.theme", equalTo(List.of("animaux marins", "océans")))
                .body("[0].themes[0].playedSeconds", equalTo(15.4f));
        given().cookie(SessionCookies.NAME, parent).get("/api/learning/profiles/{id}/statements", lou)
                .then().statusCode(200).body("size()", equalTo(2))
                .body("id", equalTo(List.of(next.statementId(), first.statementId())))
                .body("[1].result.duration", equalTo("PT10.4S"));
        assertEquals(1, count("SELECT COUNT(*) FROM learning_statement WHERE statement_id = ?", first.statementId()));
    }

    @Test
    void anotherFamilysChildCanNeitherBeChosenNorRecorded() {
        String parent = familySession(customerId);
        long lou = createProfile(parent, "Lou");
        String neighbour = familySession(customerId + 1);
        choose(neighbour, lou).statusCode(404)
                .body("message", equalTo("Ce profil n'existe pas ou n'appartient pas à ce compte."));
        given().cookie(SessionCookies.NAME, neighbour).get("/api/learning/profiles/{id}/days", lou)
                .then().statusCode(404);

        // Even a token saying so (the gateway signs only what it checked, but the store checks again).
        String forged = sessions.watchedBy(sessions.open(customerId + 1, "Voisin", Set.of(Entitlement.MYPITCHOUN))
                .session(), new WatchingProfile(lou, "Lou", "fox")).token();
        report(forged, Reports.episodePlayed(10)).statusCode(403);
        assertMetricCounted("profile");
    }

    @Test
    void familiesWithoutMyPitchounAreNotAskedWhoIsWatching() {
        String free = sessions.open(customerId, "Camille", Set.of()).token();
        choose(free, null).statusCode(403).body("message", containsString("MyPitchoun"));
    }

    @Test
    void refusedReportsAreCountedByReason() {
        String parent = familySession(customerId);
        long lou = createProfile(parent, "Lou");
        String watching = choose(parent, lou).extract().cookie(SessionCookies.NAME);
        report(watching, Reports.episodePlayed(-3)).statusCode(422)
                .body("message", equalTo("La durée jouée ne peut pas être négative."));
        report(watching, Reports.episodePlayed(600)).statusCode(422)
                .body("message", equalTo("La durée jouée dépasse celle de l'élément."));
        report(watching, Reports.withItem(Reports.episodePlayed(3), new StatementReport.Item("game", "a", "b",
                "Jeu", List.of(), 4, 6, 60.0))).statusCode(422);
        String parentWatching = choose(parent, null).body("watching.name", equalTo("Parent"))
                .extract().cookie(SessionCookies.NAME);
        report(parentWatching, Reports.episodePlayed(3)).statusCode(403);
        assertMetricCounted("duration-negative");
        assertMetricCounted("duration-too-long");
        assertMetricCounted("item-kind");
        assertMetricCounted("no-child");
    }

    @Test
    void aFloodFromOneSessionIsLimited() {
        String parent = familySession(customerId);
        String watching = choose(parent, createProfile(parent, "Lou")).extract().cookie(SessionCookies.NAME);
        for (int i = 0; i < 20; i++) {
            report(watching, Reports.episodePlayed(0)).statusCode(202);
        }
        report(watching, Reports.episodePlayed(0)).statusCode(429).header("Retry-After", notNullValue());
        assertMetricCounted("throttled");
    }

    @Test
    void aDeletedChildsDataGoesAndItsLateStatementsAreDropped() throws SQLException {
        String parent = familySession(customerId);
        long lou = createProfile(parent, "Lou");
        LearningStatement statement = statementAt(lou, Instant.now());
        assertEquals(LearningStore.Stored.STORED, store.store(statement));
        assertEquals(LearningStore.Stored.DUPLICATE, store.store(statement));
        assertEquals(1, count("SELECT statements FROM learning_day WHERE profile_id = ?", lou));

        given().cookie(SessionCookies.NAME, parent).delete("/api/profiles/{id}", lou).then().statusCode(204);
        assertEquals(0, rowsOf(lou));
        assertEquals(LearningStore.Stored.PROFILE_GONE, store.store(statementAt(lou, Instant.now())));
        assertEquals(0, rowsOf(lou));
    }

    @Test
    void deletingTheChildWatchingClearsTheChoiceAndRenamingShowsTheNewName() {
        String parent = familySession(customerId);
        long lou = createProfile(parent, "Lou");
        String watching = choose(parent, lou).extract().cookie(SessionCookies.NAME);
        String renamed = given().cookie(SessionCookies.NAME, watching).contentType(ContentType.JSON)
                .body(Map.of("name", "Louise")).patch("/api/profiles/{id}", lou)
                .then().statusCode(200).extract().cookie(SessionCookies.NAME);
        given().cookie(SessionCookies.NAME, renamed).get("/api/sessions/current")
                .then().body("watching.name", equalTo("Louise"));
        String cleared = given().cookie(SessionCookies.NAME, renamed).delete("/api/profiles/{id}", lou)
                .then().statusCode(204).extract().cookie(SessionCookies.NAME);
        given().cookie(SessionCookies.NAME, cleared).get("/api/sessions/current")
                .then().body("watching", nullValue());
        given().cookie(SessionCookies.NAME, cleared).post("/api/sessions/refresh")
                .then().statusCode(200).body("watching", nullValue());
    }

    @Test
    void theChoiceSurvivesARefresh() {
        String parent = familySession(customerId);
        long lou = createProfile(parent, "Lou");
        String watching = choose(parent, lou).extract().cookie(SessionCookies.NAME);
        given().cookie(SessionCookies.NAME, watching).post("/api/sessions/refresh")
                .then().statusCode(200).body("watching.profileId", equalTo((int) lou));
    }

    @Test
    void daysAreParisDaysAcrossTheAutumnClockChange() {
        String parent = familySession(customerId);
        long lou = createProfile(parent, "Lou");
        // 00:30 in Paris on the 25th (summer time, UTC+2), 23:30 on the 25th (winter time, UTC+1), 00:30 on the 26th.
        store.store(statementAt(lou, Instant.parse("2026-10-24T22:30:00Z")));
        store.store(statementAt(lou, Instant.parse("2026-10-25T22:30:00Z")));
        store.store(statementAt(lou, Instant.parse("2026-10-25T23:30:00Z")));
        given().cookie(SessionCookies.NAME, parent)
                .get("/api/learning/profiles/{id}/days?from=2026-10-24&to=2026-10-26", lou)
                .then().statusCode(200).body("day", equalTo(List.of("2026-10-25", "2026-10-26")))
                .body("statements", equalTo(List.of(2, 1))).body("[0].playedSeconds", equalTo(20.0f));
    }

    private LearningStatement statementAt(long profileId, Instant at) {
        return new LearningStatement(UUID.randomUUID().toString(), profileId, Verb.PLAYED, ItemKind.EPISODE,
                "https://pitchoun.fr/programmes/mission-ocean/les-abysses", "Les abysses", List.of("océans"), 6, 10,
                Duration.ofSeconds(45), Duration.ofSeconds(10), false, null, null, at);
    }

    private String familySession(long customer) {
        return sessions.open(customer, "Léa", Set.of(Entitlement.MYPITCHOUN)).token();
    }

    private static ValidatableResponse choose(String session, Long profileId) {
        return given().cookie(SessionCookies.NAME, session).contentType(ContentType.JSON)
                .body(profileId == null ? "{\"profileId\":null}" : "{\"profileId\":" + profileId + "}")
                .put("/api/sessions/current/profile").then();
    }

    private static ValidatableResponse report(String session, StatementReport report) {
        return given().cookie(SessionCookies.NAME, session).contentType(ContentType.JSON).body(report)
                .post("/api/learning/statements").then();
    }

    private static ValidatableResponse days(String session, long profileId) {
        return given().cookie(SessionCookies.NAME, session).get("/api/learning/profiles/{id}/days", profileId)
                .then().statusCode(200);
    }

    private static void assertMetricCounted(String reason) {
        given().get("/q/metrics").then().body(containsString(
                "pitchoun_learning_statements_received_total{outcome=\"refused\",reason=\"" + reason + "\"}"));
    }

    private long rowsOf(long profileId) throws SQLException {
        return count("SELECT (SELECT COUNT(*) FROM learning_statement WHERE profile_id = ?)"
                + " + (SELECT COUNT(*) FROM learning_day WHERE profile_id = ?)"
                + " + (SELECT COUNT(*) FROM learning_day_theme WHERE profile_id = ?)", profileId, profileId, profileId);
    }

    private long count(String sql, Object... parameters) throws SQLException {
        return Rows.count(database, sql, parameters);
    }
}
