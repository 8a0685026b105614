package fr.pitchoun.auth.support;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Sign-ins as web-frontend sends them: JSON body, the viewer's address relayed in X-Forwarded-For. */
public final class Viewers {

    public static final String PASSWORD = "pitchoun";

    private Viewers() {
    }

    /** From an address of its own, so the per-address limit of one test never refuses another's sign-in. */
    public static ValidatableResponse signIn(String email, String password) {
        return signInFrom(randomAddress(), email, password);
    }

    public static ValidatableResponse signInFrom(String address, String email, String password) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", address)
                .body(Map.of("email", email, "password", password))
                .post("/api/sessions")
                .then();
    }

    /** The pitchoun_session cookie of a successful sign-in. */
    public static String sessionOf(String email) {
        return signIn(email, PASSWORD).statusCode(200).extract().cookie("pitchoun_session");
    }

    /** A child profile of the session's family (7 to 9, the fox); its id. */
    public static long createProfile(String session, String name) {
        return given().cookie("pitchoun_session", session).contentType(ContentType.JSON)
                .body(Map.of("name", name, "ageBand", "7-9", "avatar", "fox")).post("/api/profiles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }
}
