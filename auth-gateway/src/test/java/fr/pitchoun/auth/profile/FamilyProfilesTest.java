package fr.pitchoun.auth.profile;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import fr.pitchoun.auth.session.SessionCookies;
import fr.pitchoun.auth.session.SessionTokens;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Parents manage their children's profiles through the JSON API, as the signed-in viewer of their session cookie;
 * rows live in the real MariaDB.
 */
@QuarkusTest
class FamilyProfilesTest {

    /** The shared test database keeps rows between runs: every test works on its own family. */
    private final long customerId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);

    @Inject
    AgroalDataSource database;

    @Inject
    SessionTokens sessions;

    private String session;

    @BeforeEach
    void signIn() {
        session = sessionOf(customerId);
    }

    @Test
    void createdProfilesAreListedOldestFirstAndStoredInMariaDb() throws SQLException {
        create(Map.of("name", "Lou", "ageBand", "4-6", "avatar", "fox"))
                .statusCode(201)
                .header("Location", endsWith("/api/profiles/" + storedIds().get(0)))
                .body("name", equalTo("Lou"))
                .body("ageBand", equalTo("4-6"))
                .body("ageBandLabel", equalTo("4 à 6 ans"))
                .body("avatar", equalTo("fox"));
        create(Map.of("name", "  Marie   Éloïse ", "ageBand", "10-12", "avatar", "owl")).statusCode(201);

        family().get("/api/profiles")
                .then().statusCode(200)
                .body("name", contains("Lou", "Marie Éloïse"))
                .body("ageBand", contains("4-6", "10-12"))
                .body("avatar", contains("fox", "owl"));
        assertEquals(List.of("Lou|AGES_4_6|FOX", "Marie Éloïse|AGES_10_12|OWL"), storedRows());
    }

    @Test
    void invalidProfileGetsFrenchMessagesPerFieldAndNothingIsStored() throws SQLException {
        create(Map.of("name", "   ", "ageBand", "13-15", "avatar", "dragon"))
                .statusCode(422)
                .body("message", equalTo("Le profil n'a pas été enregistré : corrigez les champs signalés."))
                .body("fields.name", equalTo("Indiquez le prénom ou le surnom de l'enfant."))
                .body("fields.ageBand", equalTo("Choisissez une tranche d'âge parmi : 0-3, 4-6, 7-9, 10-12."))
                .body("fields.avatar", equalTo("Choisissez un avatar parmi : fox, owl, rabbit, bear, cat, turtle."));
        create(Map.of("name", "<b>Lou</b>", "ageBand", "4-6", "avatar", "fox"))
                .statusCode(422)
                .body("fields", hasKey("name"))
                .body("fields", not(hasKey("avatar")));

        family().get("/api/profiles")
                .then().statusCode(200).body("$", empty());
        assertEquals(List.of(), storedRows());
    }

    @Test
    void bodyThatIsNotJsonIsRefusedInFrench() {
        family().contentType(ContentType.JSON).body("{\"name\": ")
                .post("/api/profiles")
                .then().statusCode(400)
                .body("message", equalTo("Le corps de la requête n'est pas un JSON valide."));
        family().contentType(ContentType.JSON).body("{\"name\": {\"first\": \"Lou\"}}")
                .post("/api/profiles")
                .then().statusCode(400)
                .body("message", equalTo("Le corps de la requête n'est pas un JSON valide."));
    }

    @Test
    void deletedProfileIsGoneAndAnotherFamilyCannotDeleteIt() throws SQLException {
        int kept = create(Map.of("name", "Noé", "ageBand", "7-9", "avatar", "bear")).statusCode(201)
                .extract().path("id");
        int removed = create(Map.of("name", "Jade", "ageBand", "0-3", "avatar", "cat")).statusCode(201)
                .extract().path("id");

        given().cookie(SessionCookies.NAME, sessionOf(customerId + 1)).delete("/api/profiles/{id}", kept)
                .then().statusCode(404)
                .body("message", equalTo("Ce profil n'existe pas ou n'appartient pas à ce compte."));
        family().delete("/api/profiles/{id}", removed)
                .then().statusCode(204);
        family().delete("/api/profiles/{id}", removed)
                .then().statusCode(404);

        family().get("/api/profiles")
                .then().statusCode(200).body("name", contains("Noé"));
        assertEquals(List.of("Noé|AGES_7_9|BEAR"), storedRows());
    }

    @Test
    void aFamilyHoldsAtMostSixProfiles() {
        for (int child = 1; child <= 6; child++) {
            create(Map.of("name", "Enfant " + child, "ageBand", "4-6", "avatar", "rabbit")).statusCode(201);
        }
        create(Map.of("name", "Enfant 7", "ageBand", "4-6", "avatar", "rabbit"))
                .statusCode(409)
                .body("message", equalTo("Ce compte a déjà 6 profils enfants : supprimez-en un pour en créer un autre."));
    }

    @Test
    void renamedProfileKeepsItsPlaceAndAnotherFamilyCannotRenameIt() throws SQLException {
        int id = create(Map.of("name", "Lou", "ageBand", "4-6", "avatar", "fox")).statusCode(201).extract().path("id");

        family().contentType(ContentType.JSON).body(Map.of("name", "  Lou   Anne "))
                .patch("/api/profiles/{id}", id)
                .then().statusCode(200).body("name", equalTo("Lou Anne"));
        family().contentType(ContentType.JSON).body(Map.of("name", "<b>"))
                .patch("/api/profiles/{id}", id)
                .then().statusCode(422).body("fields", hasKey("name"));
        given().cookie(SessionCookies.NAME, sessionOf(customerId + 1)).contentType(ContentType.JSON)
                .body(Map.of("name", "Pirate")).patch("/api/profiles/{id}", id)
                .then().statusCode(404);

        assertEquals(List.of("Lou Anne|AGES_4_6|FOX"), storedRows());
    }

    @Test
    void aParentSeesOnlyTheirOwnChildrenAndNobodyWithoutASession() {
        create(Map.of("name", "Lou", "ageBand", "4-6", "avatar", "fox")).statusCode(201);

        given().cookie(SessionCookies.NAME, sessionOf(customerId + 1)).get("/api/profiles")
                .then().statusCode(200).body("$", empty());
        given().get("/api/profiles")
                .then().statusCode(401)
                .body("message", equalTo("Votre session a expiré ou n'est plus valide : reconnectez-vous."));
        given().contentType(ContentType.JSON).body(Map.of("name", "Lou", "ageBand", "4-6", "avatar", "fox"))
                .post("/api/profiles")
                .then().statusCode(401);
    }

    private RequestSpecification family() {
        return given().cookie(SessionCookies.NAME, session);
    }

    private String sessionOf(long customer) {
        return sessions.open(customer, "Parent", Set.of()).token();
    }

    private ValidatableResponse create(Map<String, String> profile) {
        return family().contentType(ContentType.JSON).body(profile)
                .post("/api/profiles")
                .then();
    }

    private List<String> storedRows() throws SQLException {
        return query("SELECT name, age_band, avatar FROM child_profile WHERE kinow_customer_id = ? ORDER BY id",
                rows -> rows.getString(1) + "|" + rows.getString(2) + "|" + rows.getString(3));
    }

    private List<Long> storedIds() throws SQLException {
        return query("SELECT id FROM child_profile WHERE kinow_customer_id = ? ORDER BY id", rows -> rows.getLong(1));
    }

    private <T> List<T> query(String sql, Row<T> row) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, customerId);
            List<T> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(row.read(rows));
                }
            }
            return result;
        }
    }

    private interface Row<T> {
        T read(ResultSet rows) throws SQLException;
    }
}
