package fr.pitchoun.auth.serviceaccount;

import fr.pitchoun.auth.kinow.KinowStandIn;
import fr.pitchoun.auth.support.Viewers;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.OidcClientConfigBuilder;
import io.quarkus.oidc.client.OidcClients;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Our services' OAuth2 client-credentials tokens, and the internal admin API that requires one. */
@QuarkusTest
@QuarkusTestResource(KinowStandIn.class)
class ServiceAccountTest {

    @TestHTTPResource("/")
    URL gateway;

    @Inject
    OidcClients oidcClients;

    @Test
    void cmsServiceGetsAnIngestAdminTokenOfTheContract() throws Exception {
        // cms-service also holds replay:catalogue; asking for one scope gives just that one.
        String token = given().auth().preemptive().basic("cms-service", "cms-service-secret")
                .formParam("grant_type", "client_credentials").formParam("scope", "ingest.admin")
                .post("/oauth/token")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(300))
                .body("scope", equalTo("ingest.admin"))
                .extract().path("access_token");

        JwtClaims claims = claimsOf(token);
        assertEquals("cms-service", claims.getSubject());
        assertEquals("pitchoun-auth-gateway", claims.getIssuer());
        assertEquals(List.of("pitchoun-internal"), claims.getAudience());
        assertEquals("ingest.admin", claims.getStringClaimValue("scope"));
        assertEquals(List.of("ingest.admin"), claims.getStringListClaimValue("groups"));
    }

    @Test
    void credentialsInTheFormWorkAndWrongOnesAreRefusedTheOAuthWay() {
        given().formParam("grant_type", "client_credentials").formParam("client_id", "cms-service")
                .formParam("client_secret", "cms-service-secret").formParam("scope", "ingest.admin")
                .post("/oauth/token")
                .then().statusCode(200).body("$", hasKey("access_token"));
        given().formParam("grant_type", "client_credentials").formParam("client_id", "cms-service")
                .formParam("client_secret", "not-the-secret")
                .post("/oauth/token")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
        given().auth().preemptive().basic("cms-service", "cms-service-secret")
                .formParam("grant_type", "client_credentials").formParam("scope", "auth.admin")
                .post("/oauth/token")
                .then().statusCode(400).body("error", equalTo("invalid_scope"));
        given().auth().preemptive().basic("cms-service", "cms-service-secret")
                .formParam("grant_type", "password")
                .post("/oauth/token")
                .then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
    }

    @Test
    void adminApiRefusesCallsWithoutAnAuthAdminServiceToken() {
        given().get("/admin/kinow")
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("message", equalTo("Jeton de compte de service requis."));
        given().auth().oauth2("not-a-token").get("/admin/kinow").then().statusCode(401);
        // A viewer's session token is not a service account's, even as a Bearer header.
        given().auth().oauth2(Viewers.sessionOf("mypitchoun-plus@demo.pitchoun.fr")).get("/admin/kinow")
                .then().statusCode(401);
        given().auth().oauth2(tokenOf("cms-service", "cms-service-secret")).get("/admin/kinow")
                .then().statusCode(403);
    }

    @Test
    void quarkusOidcClientObtainsATokenThatOpensTheAdminApi() throws java.io.IOException {
        OidcClient client = oidcClients.newClient(new OidcClientConfigBuilder()
                .id("pitchoun-ops")
                .authServerUrl(gateway.toString().replaceAll("/$", ""))
                .discoveryEnabled(false)
                .tokenPath("/oauth/token")
                .clientId("pitchoun-ops")
                .credentials("pitchoun-ops-secret")
                .build()).await().atMost(Duration.ofSeconds(10));
        try {
            String accessToken = client.getTokens().await().atMost(Duration.ofSeconds(10)).getAccessToken();

            given().auth().oauth2(accessToken).get("/admin/kinow")
                    .then().statusCode(200)
                    .body("circuits.kinow-check-credentials", equalTo("CLOSED"))
                    .body("$", hasKey("availableCalls"));
            given().auth().oauth2(accessToken).get("/admin/customers/1003/access")
                    .then().statusCode(200)
                    .body("find { it.id_product == 12 }.can_watch", equalTo(true));
        } finally {
            client.close();
        }
    }

    private static String tokenOf(String clientId, String secret) {
        return given().auth().preemptive().basic(clientId, secret).formParam("grant_type", "client_credentials")
                .post("/oauth/token").then().statusCode(200).extract().path("access_token");
    }

    private static JwtClaims claimsOf(String token) throws Exception {
        return JwtClaims.parse(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                StandardCharsets.UTF_8));
    }
}
