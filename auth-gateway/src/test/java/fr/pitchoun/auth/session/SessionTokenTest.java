package fr.pitchoun.auth.session;

import fr.pitchoun.auth.kinow.KinowStandIn;
import fr.pitchoun.auth.token.SigningKeys;
import fr.pitchoun.auth.token.TokenAudience;
import fr.pitchoun.auth.token.TokenIssuer;
import fr.pitchoun.auth.support.Viewers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The signed session in its cookie: what it holds, how it is refreshed and revoked, and what is refused. */
@QuarkusTest
@QuarkusTestResource(KinowStandIn.class)
class SessionTokenTest {

    private static final String PLUS = "mypitchoun-plus@demo.pitchoun.fr";

    @Inject
    SigningKeys keys;

    @Test
    void signInSetsAnHttpOnlySecureLaxCookieForTheWholeSite() {
        String setCookie = Viewers.signIn(PLUS, Viewers.PASSWORD).statusCode(200)
                .extract().header("Set-Cookie");
        String lower = setCookie.toLowerCase();
        assertTrue(setCookie.startsWith("pitchoun_session="), setCookie);
        assertTrue(lower.contains("httponly"), setCookie);
        assertTrue(lower.contains("secure"), setCookie);
        assertTrue(lower.contains("samesite=lax"), setCookie);
        assertTrue(lower.contains("path=/"), setCookie);
        assertTrue(lower.contains("max-age=900"), "lives as long as its token: " + setCookie);
    }

    @Test
    void tokenIsAnRs256JwtOfTheContractVerifiableWithThePublishedJwks() throws Exception {
        String token = Viewers.sessionOf(PLUS);
        String jwks = given().get("/.well-known/jwks.json").then().statusCode(200)
                .contentType(containsString("json")).extract().asString();

        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(token);
        PublicJsonWebKey key = (PublicJsonWebKey) new JsonWebKeySet(jwks).findJsonWebKey(jws.getKeyIdHeaderValue(),
                "RSA", "sig", "RS256");
        jws.setKey(key.getPublicKey());
        assertTrue(jws.verifySignature(), "signed by the key published under its kid");
        assertEquals("RS256", jws.getAlgorithmHeaderValue());

        JwtClaims claims = JwtClaims.parse(jws.getPayload());
        assertEquals("pitchoun-auth-gateway", claims.getIssuer());
        assertEquals(List.of("pitchoun-site"), claims.getAudience());
        assertEquals("1003", claims.getSubject());
        assertEquals(Set.of("MYPITCHOUN", "MYPITCHOUN_PLUS"), Set.copyOf(claims.getStringListClaimValue("groups")));
        assertTrue(claims.getJwtId() != null && !claims.getJwtId().isBlank());
        long lifetime = claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
        assertEquals(900, lifetime, "short-lived: 15 minutes");
    }

    @Test
    void refreshGivesANewTokenOfTheSameSessionAndLogoutEndsIt() throws Exception {
        String first = Viewers.sessionOf(PLUS);
        given().cookie(SessionCookies.NAME, first).get("/api/sessions/current")
                .then().statusCode(200).body("customerId", equalTo(1003)).body("firstName", equalTo("Hugo"));

        Response refreshed = given().cookie(SessionCookies.NAME, first).post("/api/sessions/refresh");
        refreshed.then().statusCode(200).body("entitlements", contains("MYPITCHOUN", "MYPITCHOUN_PLUS"));
        String second = refreshed.cookie(SessionCookies.NAME);
        assertNotEquals(first, second);
        assertEquals(claim(first, "sid"), claim(second, "sid"));
        assertNotEquals(claim(first, "jti"), claim(second, "jti"));

        String cleared = given().cookie(SessionCookies.NAME, second).delete("/api/sessions/current")
                .then().statusCode(204).extract().header("Set-Cookie");
        assertTrue(cleared.startsWith("pitchoun_session=;") && cleared.toLowerCase().contains("max-age=0"), cleared);

        // Every token of the revoked session is refused, the older one included, and none is refreshed any more.
        for (String token : List.of(first, second)) {
            given().cookie(SessionCookies.NAME, token).get("/api/sessions/current").then().statusCode(401);
            given().cookie(SessionCookies.NAME, token).post("/api/sessions/refresh").then().statusCode(401)
                    .body("message", equalTo(SessionErrors.SESSION_INVALID));
        }
    }

    @Test
    void tamperedTokenIsRefused() {
        String token = Viewers.sessionOf("sans-abonnement@demo.pitchoun.fr");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"groups\":[]", "\"groups\":[\"MYPITCHOUN_PLUS\"]");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertTrue(payload.contains("MYPITCHOUN_PLUS"), "the forgery changed the groups: " + payload);

        given().cookie(SessionCookies.NAME, forged).get("/api/sessions/current").then().statusCode(401);
        given().cookie(SessionCookies.NAME, forged).post("/api/sessions/refresh").then().statusCode(401);
    }

    @Test
    void expiredTokenIsRefused() {
        Instant issued = Instant.now().minusSeconds(3600);
        String expired = new TokenIssuer(keys, "pitchoun-auth-gateway").issue("1003", TokenAudience.SITE,
                Set.of("MYPITCHOUN_PLUS"), sessionClaims(issued), issued, issued.plusSeconds(900));

        given().cookie(SessionCookies.NAME, expired).get("/api/sessions/current").then().statusCode(401);
        given().cookie(SessionCookies.NAME, expired).post("/api/sessions/refresh").then().statusCode(401);
    }

    @Test
    void tokenSignedByAnotherKeyOrForAnotherAudienceIsRefused() {
        Instant now = Instant.now();
        String foreign = new TokenIssuer(new SigningKeys(SigningKeys.generate()), "pitchoun-auth-gateway")
                .issue("1003", TokenAudience.SITE, Set.of("MYPITCHOUN_PLUS"), sessionClaims(now), now,
                        now.plusSeconds(900));
        String serviceToken = new TokenIssuer(keys, "pitchoun-auth-gateway").issue("1003", TokenAudience.INTERNAL,
                Set.of("MYPITCHOUN_PLUS"), sessionClaims(now), now, now.plusSeconds(900));

        given().cookie(SessionCookies.NAME, foreign).get("/api/sessions/current").then().statusCode(401);
        given().cookie(SessionCookies.NAME, serviceToken).get("/api/sessions/current").then().statusCode(401);
    }

    private static Map<String, Object> sessionClaims(Instant signedIn) {
        return Map.of("sid", java.util.UUID.randomUUID().toString(), "auth_time", signedIn.getEpochSecond(),
                "given_name", "Hugo");
    }

    private static Object claim(String token, String name) throws Exception {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return JwtClaims.parse(payload).getClaimValue(name);
    }
}
