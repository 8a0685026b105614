package fr.pitchoun.auth.token;

import fr.pitchoun.auth.config.AuthConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** The issuer and verifier beans, built from the configured key and issuer. */
public class Tokens {

    /**
     * Signs and verifies a token at start: a key that cannot sign stops the gateway at once, and the first viewer's
     * sign-in does not pay for loading the JWT libraries.
     */
    void selfCheck(@Observes StartupEvent start, TokenIssuer issuer, TokenVerifier verifier) {
        Instant now = Instant.now();
        verifier.verify(issuer.issue("self-check", TokenAudience.INTERNAL, Set.of(), Map.of(), now,
                now.plusSeconds(60)), TokenAudience.INTERNAL);
    }

    @Produces
    @ApplicationScoped
    TokenIssuer issuer(SigningKeys keys, AuthConfig config) {
        return new TokenIssuer(keys, config.tokens().issuer());
    }

    @Produces
    @ApplicationScoped
    TokenVerifier verifier(TokenIssuer issuer) {
        return issuer.verifier();
    }
}
