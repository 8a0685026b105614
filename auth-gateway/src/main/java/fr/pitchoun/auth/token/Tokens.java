package fr.pitchoun.auth.token;

import fr.pitchoun.auth.config.AuthConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The issuer and verifier beans, built from the configured key and issuer. */
public class Tokens {

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
