package fr.pitchoun.frontend;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Stands for auth-gateway's signing key in the site's tests: a key pair whose JWKS is written to a file the site
 * reads as its {@code mp.jwt.verify.publickey.location}, and tokens shaped as the gateway issues them. The real
 * gateway signs the tokens in e2e-tests.
 */
public class TestSessionKeys implements QuarkusTestResourceLifecycleManager {

    private static final RsaJsonWebKey KEY = generate("test-gateway-key");
    private static final RsaJsonWebKey FOREIGN_KEY = generate("test-gateway-key");

    @Override
    public Map<String, String> start() {
        try {
            Path jwks = Files.createTempFile("pitchoun-test-jwks", ".json");
            Files.writeString(jwks, new JsonWebKeySet(KEY).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
            jwks.toFile().deleteOnExit();
            return Map.of("mp.jwt.verify.publickey.location", jwks.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
    }

    /** A session token of the contract: sub, groups, jti, aud pitchoun-site, iss pitchoun-auth-gateway. */
    public static String session(String customerId, Set<String> entitlements, Instant issuedAt, Instant expiresAt) {
        return sign(KEY, customerId, entitlements, issuedAt, expiresAt);
    }

    /** The same token, signed by a key the site does not trust (same kid, even). */
    public static String foreignSession(String customerId, Set<String> entitlements) {
        Instant now = Instant.now();
        return sign(FOREIGN_KEY, customerId, entitlements, now, now.plusSeconds(900));
    }

    /** A session token in which the gateway recorded who watches ("parent" or a child profile's id). */
    public static String watchedBy(String customerId, Set<String> entitlements, String watching, String name,
                                   String avatar) {
        Instant now = Instant.now();
        return builder(customerId, entitlements, now, now.plusSeconds(900)).claim("watching", watching)
                .claim("watching_name", name).claim("watching_avatar", avatar)
                .jws().keyId(KEY.getKeyId()).sign(KEY.getRsaPrivateKey());
    }

    private static String sign(RsaJsonWebKey key, String customerId, Set<String> entitlements, Instant issuedAt,
                               Instant expiresAt) {
        return builder(customerId, entitlements, issuedAt, expiresAt)
                .jws().keyId(key.getKeyId()).sign(key.getRsaPrivateKey());
    }

    private static io.smallrye.jwt.build.JwtClaimsBuilder builder(String customerId, Set<String> entitlements,
                                                                  Instant issuedAt, Instant expiresAt) {
        return Jwt.issuer("pitchoun-auth-gateway").subject(customerId).audience("pitchoun-site").groups(entitlements)
                .claim("jti", UUID.randomUUID().toString()).claim("sid", UUID.randomUUID().toString())
                .claim("given_name", "Hugo").issuedAt(issuedAt).expiresAt(expiresAt);
    }

    private static RsaJsonWebKey generate(String keyId) {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(keyId);
            return key;
        } catch (org.jose4j.lang.JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
