package fr.pitchoun.auth.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.auth.kinow.KinowStandIn;
import fr.pitchoun.auth.learning.ItemKind;
import fr.pitchoun.auth.learning.LearningStatement;
import fr.pitchoun.auth.learning.LearningStore;
import fr.pitchoun.auth.learning.Verb;
import fr.pitchoun.auth.session.SessionCookies;
import fr.pitchoun.auth.support.Rows;
import fr.pitchoun.auth.support.Viewers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * « Télécharger mes données » and « Supprimer mes données » for a demo family (mypitchoun-plus@, Kinow id 1003, so
 * that Kinow checks the password): the zip holds what was recorded, a wrong password erases nothing, and after the
 * erasure no row of the family is left in any table of the auth database, listed from information_schema.
 */
@QuarkusTest
@QuarkusTestResource(KinowStandIn.class)
class FamilyDataTest {

    private static final String EMAIL = "mypitchoun-plus@demo.pitchoun.fr";
    private static final long CUSTOMER = 1003;
    /** Columns that name a family or one of its children, in whichever table holds them. */
    private static final Set<String> FAMILY_COLUMNS = Set.of("customer_id", "kinow_customer_id");
    private static final Set<String> CHILD_COLUMNS = Set.of("profile_id", "child_profile_id");
    /**
     * Tables without such a column, each with why nothing of a family stays there; a new table must be added to
     * the inventory (README "Données personnelles") and here, or name its family in one of the columns above.
     */
    private static final Map<String, String> OTHER_TABLES = Map.of(
            "flyway_schema_history", "the schema's history",
            "revoked_session", "random session ids only: the family's are checked to be revoked",
            "learning_outbox", "checked by record_key, the child profile's id",
            "learning_quiz_answer", "keyed by statement id: goes with its statement (ON DELETE CASCADE)");

    @Inject
    AgroalDataSource database;

    @Inject
    ObjectMapper json;

    @Inject
    LearningStore store;

    @Test
    void theExportHoldsWhatWasRecordedAndTheErasureLeavesNoRowOfTheFamily() throws Exception {
        erase(Viewers.sessionOf(EMAIL)).statusCode(204);
        String parent = Viewers.sessionOf(EMAIL);
        long lou = Viewers.createProfile(parent, "Lou");
        long max = Viewers.createProfile(parent, "Max");
        List<String> statementIds = new ArrayList<>();
        statementIds.add(report(choose(parent, lou), "Les abysses", 10.4));
        statementIds.add(report(choose(parent, max), "Le récif", 5.0));
        given().cookie(SessionCookies.NAME, parent).post("/api/podcast-feed").then().statusCode(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT COUNT(*) FROM learning_statement "
                + "WHERE profile_id IN (?, ?)", lou, max) == 2);

        Map<String, String> zip = unzip(given().cookie(SessionCookies.NAME, parent).get("/api/privacy/export")
                .then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=\"pitchoun-"))
                .extract().asByteArray());
        assertEquals(EMAIL, json.readTree(zip.get("compte.json")).path("email").asText(), zip.get("compte.json"));
        JsonNode profiles = json.readTree(zip.get("profils.json"));
        assertEquals(List.of("Lou", "Max"), names(profiles));
        JsonNode statements = json.readTree(zip.get("releves-xapi.json"));
        List<String> exported = new ArrayList<>();
        statements.forEach(child -> child.path("items").forEach(s -> exported.add(s.path("id").asText())));
        assertEquals(Set.copyOf(statementIds), Set.copyOf(exported));
        JsonNode lousFirst = statements.get(0).path("items").get(0);
        assertEquals(Long.toString(lou), lousFirst.path("actor").path("account").path("name").asText());
        assertEquals("PT10.4S", lousFirst.path("result").path("duration").asText());
        assertEquals(0, json.readTree(zip.get("reponses-quiz.json")).get(0).path("items").size());
        assertEquals(10.4, json.readTree(zip.get("journees.json")).get(0).path("items").get(0)
                .path("playedSeconds").asDouble(), 0.001);
        assertTrue(json.readTree(zip.get("flux-podcast.json")).path("active").asBoolean());
        JsonNode signIns = json.readTree(zip.get("connexions.json")).path("sessions");
        assertTrue(signIns.size() >= 1, signIns.toString());
        String index = zip.get("index.html");
        assertTrue(index.contains("<html lang=\"fr\">") && index.contains("Lou") && index.contains("Les abysses")
                && index.contains("Le récif") && index.contains("7 à 9 ans"), index);

        erase(parent, "pas-le-bon").statusCode(403)
                .body("message", equalTo("Mot de passe incorrect : vos données n'ont pas été supprimées."));
        assertEquals(2, count("SELECT COUNT(*) FROM child_profile WHERE kinow_customer_id = ?", CUSTOMER));
        given().cookie(SessionCookies.NAME, parent).contentType(ContentType.JSON).body("{}")
                .post("/api/privacy/erasure").then().statusCode(400);

        erase(parent).statusCode(204).cookie(SessionCookies.NAME, "");
        given().cookie(SessionCookies.NAME, parent).get("/api/profiles").then().statusCode(401);
        assertNoRowOfTheFamily(List.of(lou, max), signIns);
        // A statement of a deleted child that was still on its way (outbox, topic) does not bring it back.
        assertEquals(LearningStore.Stored.PROFILE_GONE, store.store(new LearningStatement(UUID.randomUUID()
                .toString(), lou, Verb.PLAYED, ItemKind.EPISODE, "https://pitchoun.fr/programmes/mission-ocean/x",
                "Les abysses", List.of("océans"), 6, 10, Duration.ofSeconds(45), Duration.ofSeconds(3), false, null,
                null, java.time.Instant.now())));
        assertNoRowOfTheFamily(List.of(lou, max), signIns);
    }

    private void assertNoRowOfTheFamily(List<Long> children, JsonNode signIns) throws SQLException {
        Map<String, List<String>> columns = new HashMap<>();
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT table_name, column_name FROM "
                     + "information_schema.columns WHERE table_schema = DATABASE()");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                columns.computeIfAbsent(rows.getString(1).toLowerCase(), table -> new ArrayList<>())
                        .add(rows.getString(2).toLowerCase());
            }
        }
        String childIds = children.stream().map(String::valueOf).collect(Collectors.joining(","));
        for (Map.Entry<String, List<String>> table : columns.entrySet()) {
            String name = table.getKey();
            boolean checked = false;
            for (String column : table.getValue()) {
                if (FAMILY_COLUMNS.contains(column)) {
                    assertEquals(0, count("SELECT COUNT(*) FROM " + name + " WHERE " + column + " = ?", CUSTOMER),
                            name + "." + column);
                    checked = true;
                } else if (CHILD_COLUMNS.contains(column) || name.equals("child_profile") && column.equals("id")) {
                    assertEquals(0, count("SELECT COUNT(*) FROM " + name + " WHERE " + column + " IN (" + childIds
                            + ")"), name + "." + column);
                    checked = true;
                }
            }
            if (!checked && !OTHER_TABLES.containsKey(name)) {
                fail("table " + name + " is not in the privacy inventory: does it hold something of a family?");
            }
        }
        assertEquals(0, count("SELECT COUNT(*) FROM learning_outbox WHERE record_key IN ('" + children.get(0)
                + "', '" + children.get(1) + "')"));
        for (JsonNode signIn : signIns) {
            assertEquals(1, count("SELECT COUNT(*) FROM revoked_session WHERE session_id = ?",
                    signIn.path("sessionId").asText()), "every session of the family is revoked");
        }
    }

    private static String choose(String session, long profileId) {
        return given().cookie(SessionCookies.NAME, session).contentType(ContentType.JSON)
                .body("{\"profileId\":" + profileId + "}").put("/api/sessions/current/profile")
                .then().statusCode(200).extract().cookie(SessionCookies.NAME);
    }

    private static String report(String watching, String title, double seconds) {
        String id = UUID.randomUUID().toString();
        given().cookie(SessionCookies.NAME, watching).contentType(ContentType.JSON)
                .body(Map.of("statementId", id, "verb", "played", "durationSeconds", seconds,
                        "item", Map.of("kind", "episode", "first", "mission-ocean", "second", "les-abysses",
                                "title", title, "themes", List.of("océans"), "ageMin", 6, "ageMax", 10,
                                "lengthSeconds", 45.0)))
                .post("/api/learning/statements").then().statusCode(202);
        return id;
    }

    private static ValidatableResponse erase(String session) {
        return erase(session, Viewers.PASSWORD);
    }

    private static ValidatableResponse erase(String session, String password) {
        return given().cookie(SessionCookies.NAME, session).contentType(ContentType.JSON)
                .header("X-Forwarded-For", Viewers.randomAddress()).body(Map.of("password", password))
                .post("/api/privacy/erasure").then();
    }

    private static List<String> names(JsonNode profiles) {
        List<String> names = new ArrayList<>();
        profiles.forEach(profile -> names.add(profile.path("name").asText()));
        return names;
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private long count(String sql, Object... parameters) throws SQLException {
        return Rows.count(database, sql, parameters);
    }
}
