package fr.pitchoun.auth.screentime;

import fr.pitchoun.auth.learning.StatementReport;
import fr.pitchoun.auth.session.Entitlement;
import fr.pitchoun.auth.session.SessionCookies;
import fr.pitchoun.auth.session.SessionTokens;
import fr.pitchoun.auth.support.Viewers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Screen time through the real MariaDB and Kafka: the time a child played comes from the learning pipeline, the
 * parent's settings and unlocks are kept in the database, so two sessions of the family (two browsers) get the same
 * answer; every playback the gateway issues for the child (player, progress) is refused once the time is over.
 */
@QuarkusTest
class ScreenTimeTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String MYPITCHOUN = "mypitchoun@demo.pitchoun.fr";

    /** The shared test database keeps rows between runs: every test works on its own family. */
    private final long customerId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);

    @Inject
    SessionTokens sessions;

    @Test
    void theParentsFormRefusesWhatCannotBeKeptAndAChildCannotChangeIt() {
        String parent = familySession(customerId);
        long lou = createProfile(parent, "Lou");
        settings(parent, lou, "trois", "", "").statusCode(422)
                .body("fields.dailyLimitMinutes", equalTo(
                        "Indiquez un nombre entier de minutes, ou laissez vide pour ne pas limiter."));
        settings(parent, lou, "2000", "", "").statusCode(422).body("fields", hasKey("dailyLimitMinutes"));
        settings(parent, lou, "", "20:00", "20:00").statusCode(422).body("fields.closedUntil", equalTo(
                "Les heures fermées ne peuvent pas commencer et finir à la même heure."));
        settings(parent, lou, "", "20:00", "").statusCode(422).body("fields", hasKey("closedUntil"));
        settings(parent, lou, "", "25:00", "07:00").statusCode(422).body("fields", hasKey("closedFrom"));
        settings(parent, lou, "45", "20:00", "7:00").statusCode(200)
                .body("dailyLimitMinutes", equalTo(45)).body("closedFrom", equalTo("20:00"))
                .body("closedUntil", equalTo("07:00"));
        given().cookie(SessionCookies.NAME, parent).get("/api/screen-time/profiles").then().statusCode(200)
                .body("[0].profileId", equalTo((int) lou)).body("[0].dailyLimitMinutes", equalTo(45))
                .body("[0].now.playedTodaySeconds", equalTo(0.0f));

        String louWatching = choose(parent, lou);
        settings(louWatching, lou, "600", "", "").statusCode(403);
        given().cookie(SessionCookies.NAME, louWatching).get("/api/screen-time/profiles").then().statusCode(403);
        String otherFamily = familySession(customerId + 1);
        settings(otherFamily, lou, "10", "", "").statusCode(404);
        // Back to no limit: an empty form.
        settings(parent, lou, "", "", "").statusCode(200).body("dailyLimitMinutes", nullValue())
                .body("closedFrom", nullValue());
    }

    @Test
    void aLimitReachedThroughTheLearningPipelineRefusesPlaybackInEverySessionOfTheFamily() {
        String parent = familySession(customerId);
        long zoe = createProfile(parent, "Zoé");
        settings(parent, zoe, "1", "", "").statusCode(200);
        String firstBrowser = choose(parent, zoe);
        String secondBrowser = choose(familySession(customerId), zoe);
        current(firstBrowser).body("allowed", equalTo(true)).body("remainingSeconds", equalTo(60));
        playback(firstBrowser).statusCode(not(ScreenTimeErrors.LOCKED));

        report(firstBrowser, 35).statusCode(202);
        report(secondBrowser, 35).statusCode(202);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> current(secondBrowser)
                .body("allowed", equalTo(false)).body("reason", equalTo("limite-atteinte")));
        current(firstBrowser).body("allowed", equalTo(false)).body("playedTodaySeconds", equalTo(70.0f))
                .body("message", equalTo(ScreenTime.LIMIT_REACHED)).body("reopensAt", notNullValue());

        for (String browser : List.of(firstBrowser, secondBrowser)) {
            playback(browser).statusCode(ScreenTimeErrors.LOCKED).body("reason", equalTo("limite-atteinte"))
                    .body("reopensLabel", equalTo("demain"));
            given().cookie(SessionCookies.NAME, browser).contentType(ContentType.JSON)
                    .body(Map.of("videoId", 10201, "sessionId", "any", "positionSeconds", 12.0))
                    .post("/api/replay/progress").then().statusCode(ScreenTimeErrors.LOCKED);
        }
        current(parent).body("allowed", equalTo(true));
        given().cookie(SessionCookies.NAME, parent).get("/api/screen-time/profiles").then()
                .body("[0].now.allowed", equalTo(false));
    }

    @Test
    void closedHoursRefuseUntilTheyEnd() {
        String parent = familySession(customerId);
        long noe = createProfile(parent, "Noé");
        LocalDateTime now = LocalDateTime.now(PARIS).truncatedTo(ChronoUnit.MINUTES);
        DateTimeFormatter hours = DateTimeFormatter.ofPattern("HH:mm");
        LocalDateTime end = now.plusHours(2);
        settings(parent, noe, "", now.minusMinutes(1).format(hours), end.format(hours)).statusCode(200);
        String noeWatching = choose(parent, noe);
        String reopens = current(noeWatching).body("allowed", equalTo(false))
                .body("reason", equalTo("heures-fermees")).extract().path("reopensAt");
        assertEquals(end.atZone(PARIS).toInstant(), Instant.parse(reopens));
        playback(noeWatching).statusCode(ScreenTimeErrors.LOCKED).body("message", equalTo(ScreenTime.CLOSED_HOURS));
    }

    @Test
    void theParentsPasswordUnlocksTheChildOnEveryBrowserAndAWrongOneDoesNot() {
        // The password is checked at Kinow (the stand-in), so this family is a real demo account.
        String parent = Viewers.sessionOf(MYPITCHOUN);
        long sam = createProfile(parent, "Sam");
        try {
            settings(parent, sam, "0", "", "").statusCode(200);
            String firstBrowser = choose(parent, sam);
            String secondBrowser = choose(Viewers.sessionOf(MYPITCHOUN), sam);
            current(firstBrowser).body("allowed", equalTo(false));

            unlock(firstBrowser, "pas-le-bon", null).statusCode(401)
                    .body("message", equalTo(ScreenTimeResource.WRONG_PASSWORD));
            unlock(firstBrowser, "", null).statusCode(422);
            unlock(firstBrowser, Viewers.PASSWORD, 500).statusCode(422);
            current(secondBrowser).body("allowed", equalTo(false));
            unlock(parent, Viewers.PASSWORD, null).statusCode(403);

            unlock(firstBrowser, Viewers.PASSWORD, 30).statusCode(200).body("allowed", equalTo(true));
            String until = current(secondBrowser).body("allowed", equalTo(true)).extract().path("unlockedUntil");
            long minutes = Duration.between(Instant.now(), Instant.parse(until)).toMinutes();
            assertEquals(29, minutes, 1, "unlocked for the 30 minutes chosen");
            playback(secondBrowser).statusCode(200);

            unlock(secondBrowser, Viewers.PASSWORD, null).statusCode(200);
            String endOfDay = current(firstBrowser).extract().path("unlockedUntil");
            assertEquals(LocalDateTime.now(PARIS).toLocalDate().plusDays(1).atStartOfDay(PARIS).toInstant(),
                    Instant.parse(endOfDay), "the rest of the day");
        } finally {
            given().cookie(SessionCookies.NAME, parent).delete("/api/profiles/" + sam).then().statusCode(204);
        }
    }

    private String familySession(long customer) {
        return sessions.open(customer, "Léa", Set.of(Entitlement.MYPITCHOUN)).token();
    }

    private static long createProfile(String session, String name) {
        return given().cookie(SessionCookies.NAME, session).contentType(ContentType.JSON)
                .body(Map.of("name", name, "ageBand", "7-9", "avatar", "fox")).post("/api/profiles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String choose(String session, long profileId) {
        return given().cookie(SessionCookies.NAME, session).contentType(ContentType.JSON)
                .body("{\"profileId\":" + profileId + "}").put("/api/sessions/current/profile")
                .then().statusCode(200).extract().cookie(SessionCookies.NAME);
    }

    private static ValidatableResponse settings(String session, long profileId, String limit, String from,
                                                String until) {
        return given().cookie(SessionCookies.NAME, session).contentType(ContentType.JSON)
                .body(Map.of("dailyLimitMinutes", limit, "closedFrom", from, "closedUntil", until))
                .put("/api/screen-time/profiles/" + profileId).then();
    }

    private static ValidatableResponse current(String session) {
        return given().cookie(SessionCookies.NAME, session).get("/api/screen-time/current").then().statusCode(200);
    }

    private static ValidatableResponse playback(String session) {
        return given().cookie(SessionCookies.NAME, session).contentType(ContentType.JSON)
                .body(Map.of("videoId", 10201)).post("/api/replay/playback").then();
    }

    private static ValidatableResponse unlock(String session, String password, Integer minutes) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("password", password);
        body.put("minutes", minutes);
        return given().cookie(SessionCookies.NAME, session).contentType(ContentType.JSON)
                .header("X-Forwarded-For", Viewers.randomAddress()).body(body)
                .post("/api/screen-time/current/unlock").then();
    }

    /** What the site relays while the child plays « Les abysses » (45 s long). */
    private static ValidatableResponse report(String session, double seconds) {
        StatementReport report = new StatementReport(UUID.randomUUID().toString(), "played",
                new StatementReport.Item("episode", "mission-ocean", "les-abysses", "Les abysses",
                        List.of("océans"), 6, 10, 45.0), seconds);
        return given().cookie(SessionCookies.NAME, session).contentType(ContentType.JSON).body(report)
                .post("/api/learning/statements").then();
    }
}
