package fr.pitchoun.auth.token;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.interfaces.RSAPublicKey;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Checks a token the gateway issued: RS256 signature by our key, issuer, audience, expiry (with smallrye-jwt's
 * default 60 s clock skew) and the claims every token carries. Plain class, so the benchmark can use it as is.
 */
public final class TokenVerifier {

    private final Map<TokenAudience, DefaultJWTParser> parsers = new EnumMap<>(TokenAudience.class);

    public TokenVerifier(RSAPublicKey key, String issuer) {
        for (TokenAudience audience : TokenAudience.values()) {
            JWTAuthContextInfo context = new JWTAuthContextInfo(key, issuer);
            context.setExpectedAudience(Set.of(audience.value()));
            context.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
            context.setRequiredClaims(Set.of("sub", "jti", "exp", "iat"));
            parsers.put(audience, new DefaultJWTParser(context));
        }
    }

    public JsonWebToken verify(String token, TokenAudience audience) {
        if (token == null || token.isBlank()) {
            throw new InvalidTokenException("no token");
        }
        try {
            return parsers.get(audience).parse(token);
        } catch (ParseException e) {
            throw new InvalidTokenException("token refused: " + e.getMessage(), e);
        }
    }
}
