package fr.pitchoun.auth.learning;

import fr.pitchoun.auth.session.Entitlement;
import fr.pitchoun.auth.session.SessionCookies;
import fr.pitchoun.auth.session.SessionTokens;
import fr.pitchoun.auth.session.WatchingProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static fr.pitchoun.auth.learning.LearningAggregatesTest.played;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The parents' space read (GET /api/learning/profiles/{id}/overview) over what the store's batches aggregated. */
@QuarkusTest
class ChildOverviewTest {

    private final long customerId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);

    @Inject
    SessionTokens sessions;

    @Inject
    LearningStore store;

    @Test
    void theOverviewHasEveryDayThemeTotalsAndCompletedItemsAndARepeatedBatchCountsOnce() {
        String parent = sessions.open(customerId, "Léa", Set.of(Entitlement.MYPITCHOUN)).token();
        long lou = createProfile(parent);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        LearningStatement abyssesStart = played(lou, ItemKind.EPISODE, "/programmes/mission-ocean/les-abysses", 20,
                false, now.minus(2, ChronoUnit.DAYS).toString(), "océans", "animaux marins");
        LearningStatement abyssesEnd = played(lou, ItemKind.EPISODE, "/programmes/mission-ocean/les-abysses", 25,
                true, now.minus(2, ChronoUnit.DAYS).plusSeconds(60).toString(), "océans", "animaux marins");
        LearningStatement tale = played(lou, ItemKind.PODCAST_EPISODE, "/podcasts/contes/le-loup", 90, false,
                now.toString(), "contes");
        LearningStatement old = played(lou, ItemKind.EPISODE, "/programmes/mission-ocean/les-recifs", 30, true,
                now.minus(40, ChronoUnit.DAYS).toString(), "océans");
        List<LearningStatement> batch = List.of(abyssesStart, abyssesEnd, tale, abyssesStart, old);
        assertEquals(List.of(LearningStore.Stored.STORED, LearningStore.Stored.STORED, LearningStore.Stored.STORED,
                LearningStore.Stored.DUPLICATE, LearningStore.Stored.STORED), store.storeAll(batch));
        // The same batch again (a redelivery after a rebalance): nothing changes.
        assertEquals(5, store.storeAll(batch).stream().filter(s -> s == LearningStore.Stored.DUPLICATE).count());

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        LocalDate abyssesDay = now.minus(2, ChronoUnit.DAYS).atZone(ZoneId.of("Europe/Paris")).toLocalDate();
        int abyssesIndex = (int) ChronoUnit.DAYS.between(today.minusDays(27), abyssesDay);
        overview(parent, lou).body("days.size()", equalTo(28))
                .body("from", equalTo(today.minusDays(27).toString())).body("to", equalTo(today.toString()))
                .body("days[27].listenedSeconds", equalTo(90.0f)).body("days[27].watchedSeconds", equalTo(0.0f))
                .body("days[" + abyssesIndex + "].watchedSeconds", equalTo(45.0f))
                .body("days[" + abyssesIndex + "].completed", equalTo(1))
                // Themes over the 28 days only: the 40-day-old reef is not in « océans ».
                .body("themes.theme", equalTo(List.of("contes", "animaux marins", "océans")))
                .body("themes.playedSeconds", equalTo(List.of(90.0f, 45.0f, 45.0f)))
                // Completed items whenever they were, newest first, by their path on the site.
                .body("completed.path", equalTo(List.of("/programmes/mission-ocean/les-abysses",
                        "/programmes/mission-ocean/les-recifs")))
                .body("completed[0].playedSeconds", equalTo(45.0f))
                .body("completed[0].completedAt", equalTo(now.minus(2, ChronoUnit.DAYS).plusSeconds(60).toString()));
        given().cookie(SessionCookies.NAME, parent).get("/api/learning/profiles/{id}/overview?days=400", lou)
                .then().statusCode(200).body("days.size()", equalTo(400))
                .body("themes.find { it.theme == 'océans' }.playedSeconds", equalTo(75.0f));
    }

    @Test
    void onlyTheParentOfTheFamilySeesIt() {
        String parent = sessions.open(customerId, "Léa", Set.of(Entitlement.MYPITCHOUN)).token();
        long lou = createProfile(parent);
        String neighbour = sessions.open(customerId + 1, "Voisin", Set.of(Entitlement.MYPITCHOUN)).token();
        given().cookie(SessionCookies.NAME, neighbour).get("/api/learning/profiles/{id}/overview", lou)
                .then().statusCode(404);
        String child = sessions.watchedBy(sessions.open(customerId, "Léa", Set.of(Entitlement.MYPITCHOUN))
                .session(), new WatchingProfile(lou, "Lou", "fox")).token();
        given().cookie(SessionCookies.NAME, child).get("/api/learning/profiles/{id}/overview", lou)
                .then().statusCode(403).body("message", equalTo(OverviewResource.CHILD_WATCHING));
        given().cookie(SessionCookies.NAME, parent).get("/api/learning/profiles/{id}/overview?days=0", lou)
                .then().statusCode(400);
    }

    private static long createProfile(String session) {
        return given().cookie(SessionCookies.NAME, session).contentType(ContentType.JSON)
                .body(Map.of("name", "Lou", "ageBand", "7-9", "avatar", "fox")).post("/api/profiles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static ValidatableResponse overview(String session, long profileId) {
        return given().cookie(SessionCookies.NAME, session).get("/api/learning/profiles/{id}/overview", profileId)
                .then().statusCode(200);
    }
}
