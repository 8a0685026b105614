package fr.pitchoun.ingest.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Set;

/**
 * Service-account tokens shaped like auth-gateway's (deploy/CONTRACTS.md), signed with the test key pair whose public
 * half the service reads as its JWKS in the test profile.
 */
public final class AdminTokens {

    public static final String ADMIN_SCOPE = "ingest.admin";

    private AdminTokens() {
    }

    public static String withScopes(String... scopes) {
        return claims("pitchoun-auth-gateway", scopes).jws().keyId("test-key-1").sign();
    }

    public static String admin() {
        return withScopes(ADMIN_SCOPE);
    }

    public static String fromIssuer(String issuer) {
        return claims(issuer, ADMIN_SCOPE).jws().keyId("test-key-1").sign();
    }

    public static String expired() {
        long now = System.currentTimeMillis() / 1000;
        return claims("pitchoun-auth-gateway", ADMIN_SCOPE).issuedAt(now - 600).expiresAt(now - 300)
                .jws().keyId("test-key-1").sign();
    }

    /** Right claims, right kid, signed by a key the service does not know: a forgery. */
    public static String forged() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims("pitchoun-auth-gateway", ADMIN_SCOPE).jws().keyId("test-key-1")
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides RSA", e);
        }
    }

    private static JwtClaimsBuilder claims(String issuer, String... scopes) {
        return Jwt.issuer(issuer).subject("cms-service").audience("pitchoun-internal")
                .claim("scope", String.join(" ", scopes)).groups(Set.of(scopes)).expiresIn(300);
    }
}
