package fr.pitchoun.auth.token;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Signs the gateway's tokens with {@link SigningKeys}: RS256, our kid, our issuer, a fresh jti each time. */
public final class TokenIssuer {

    private final SigningKeys keys;
    private final String issuer;

    public TokenIssuer(SigningKeys keys, String issuer) {
        this.keys = keys;
        this.issuer = issuer;
    }

    public String issue(String subject, TokenAudience audience, Set<String> groups, Map<String, Object> claims,
                        Instant issuedAt, Instant expiresAt) {
        JwtClaimsBuilder builder = Jwt.issuer(issuer)
                .subject(subject)
                .audience(audience.value())
                .groups(groups)
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(issuedAt)
                .expiresAt(expiresAt);
        claims.forEach(builder::claim);
        return builder.jws().keyId(keys.keyId()).algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign(keys.privateKey());
    }

    public TokenVerifier verifier() {
        return new TokenVerifier(keys.publicKey(), issuer);
    }
}
