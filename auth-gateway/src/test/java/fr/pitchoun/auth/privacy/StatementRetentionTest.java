package fr.pitchoun.auth.privacy;

import fr.pitchoun.auth.learning.ItemKind;
import fr.pitchoun.auth.learning.LearningStatement;
import fr.pitchoun.auth.learning.LearningStore;
import fr.pitchoun.auth.learning.Verb;
import fr.pitchoun.auth.session.Entitlement;
import fr.pitchoun.auth.session.SessionCookies;
import fr.pitchoun.auth.support.Rows;
import fr.pitchoun.auth.session.SessionTokens;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The retention purge at a fixed instant: with 24 months kept, on 15 March 2001 (Paris) the first day kept is 15
 * March 1999; a statement at 23:59:59 on the 14th (Paris) goes with its day's aggregates, one at midnight stays with
 * its own. Dates far in the past, so that the purge touches nothing else of the shared test database.
 */
@QuarkusTest
class StatementRetentionTest {

    private static final Instant NOW = Instant.parse("2001-03-15T09:00:00Z");

    @Inject
    StatementRetention retention;

    @Inject
    LearningStore store;

    @Inject
    SessionTokens sessions;

    @Inject
    AgroalDataSource database;

    @Inject
    MeterRegistry metrics;

    @Test
    void statementsOlderThanTheRetentionGoWithTheirDaysAndTheRestStays() throws SQLException {
        assertEquals(LocalDate.of(1999, 3, 15), retention.firstDayKept(NOW));
        long customer = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        String parent = sessions.open(customer, "Léa", Set.of(Entitlement.MYPITCHOUN)).token();
        long lou = given().cookie(SessionCookies.NAME, parent).contentType(ContentType.JSON)
                .body(Map.of("name", "Lou", "ageBand", "4-6", "avatar", "cat")).post("/api/profiles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String old = stored(lou, Instant.parse("1999-03-14T22:59:59Z"));
        String kept = stored(lou, Instant.parse("1999-03-14T23:00:00Z"));
        double purgedBefore = purgedRows("learning_statement");

        assertTrue(retention.purge(NOW) >= 3, "a statement, its day and its theme's day");

        assertEquals(0, count("SELECT COUNT(*) FROM learning_statement WHERE statement_id = ?", old));
        assertEquals(1, count("SELECT COUNT(*) FROM learning_statement WHERE statement_id = ?", kept));
        assertEquals(0, count("SELECT COUNT(*) FROM learning_day WHERE profile_id = ? AND day = '1999-03-14'", lou));
        assertEquals(0, count("SELECT COUNT(*) FROM learning_day_theme WHERE profile_id = ? AND day = '1999-03-14'",
                lou));
        assertEquals(1, count("SELECT COUNT(*) FROM learning_day WHERE profile_id = ? AND day = '1999-03-15'", lou));
        assertEquals(1, count("SELECT COUNT(*) FROM learning_day_theme WHERE profile_id = ? AND day = '1999-03-15'",
                lou));
        assertTrue(purgedRows("learning_statement") >= purgedBefore + 1);
        assertEquals(0, retention.purge(NOW), "a second run finds nothing more");
    }

    private String stored(long profileId, Instant at) {
        String id = UUID.randomUUID().toString();
        assertEquals(LearningStore.Stored.STORED, store.store(new LearningStatement(id, profileId, Verb.PLAYED,
                ItemKind.EPISODE, "https://pitchoun.fr/programmes/mission-ocean/les-abysses", "Les abysses",
                List.of("océans"), 6, 10, Duration.ofSeconds(45), Duration.ofSeconds(10), false, null, null, at)));
        return id;
    }

    private double purgedRows(String table) {
        return metrics.counter("pitchoun.privacy.purged.rows", "table", table).count();
    }

    private long count(String sql, Object... parameters) throws SQLException {
        return Rows.count(database, sql, parameters);
    }
}
