package fr.pitchoun.auth.serviceaccount;

import fr.pitchoun.auth.config.AuthConfig;
import fr.pitchoun.auth.token.InvalidTokenException;
import fr.pitchoun.auth.token.TokenAudience;
import fr.pitchoun.auth.token.TokenIssuer;
import fr.pitchoun.auth.token.TokenVerifier;
import fr.pitchoun.auth.web.ApiError;
import fr.pitchoun.auth.web.HttpStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * OAuth2 client credentials for our own services (deploy/CONTRACTS.md "Service account"): the clients and the scopes
 * each may ask for come from configuration; a token carries the granted scopes in "scope" and "groups".
 */
@ApplicationScoped
public class ServiceAccounts {

    private final Map<String, AuthConfig.ServiceAccount> clients;
    private final TokenIssuer issuer;
    private final TokenVerifier verifier;
    private final Duration lifetime;

    ServiceAccounts(AuthConfig config, TokenIssuer issuer, TokenVerifier verifier) {
        this.clients = Map.copyOf(config.serviceAccounts());
        this.issuer = issuer;
        this.verifier = verifier;
        this.lifetime = config.tokens().serviceTokenLifetime();
    }

    /** The client when its secret matches (compared in constant time), empty otherwise. */
    public Optional<String> authenticate(String clientId, String secret) {
        AuthConfig.ServiceAccount client = clientId == null ? null : clients.get(clientId);
        if (client == null || secret == null) {
            return Optional.empty();
        }
        boolean matches = MessageDigest.isEqual(client.secret().getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8));
        return matches ? Optional.of(clientId) : Optional.empty();
    }

    /** The scopes granted: those asked for (all the client's when none), or empty if it asked for one not its own. */
    public Optional<Set<String>> grantable(String clientId, String requestedScope) {
        Set<String> allowed = clients.get(clientId).scopes();
        if (requestedScope == null || requestedScope.isBlank()) {
            return Optional.of(new TreeSet<>(allowed));
        }
        Set<String> requested = new LinkedHashSet<>(Arrays.asList(requestedScope.trim().split("\\s+")));
        return allowed.containsAll(requested) ? Optional.of(new TreeSet<>(requested)) : Optional.empty();
    }

    public AccessToken issue(String clientId, Set<String> scopes) {
        Instant now = Instant.now();
        String scope = String.join(" ", scopes);
        String token = issuer.issue(clientId, TokenAudience.INTERNAL, scopes, Map.of("scope", scope), now,
                now.plus(lifetime));
        return new AccessToken(token, "Bearer", lifetime.toSeconds(), scope);
    }

    /**
     * The client id of a valid service-account token holding {@code scope}; throws {@link InvalidTokenException}
     * for a missing or invalid token and {@link MissingScopeException} for a valid one without the scope.
     */
    public String require(String authorizationHeader, String scope) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new InvalidTokenException("no bearer token");
        }
        JsonWebToken token = verifier.verify(authorizationHeader.substring(7).trim(), TokenAudience.INTERNAL);
        if (!token.getGroups().contains(scope)) {
            throw new MissingScopeException(token.getSubject() + " lacks scope " + scope);
        }
        return token.getSubject();
    }

    /**
     * {@link #require} for a resource method: a missing or invalid token answers 401 and a token without the scope
     * 403, in French.
     */
    public String authorize(String authorizationHeader, String scope) {
        try {
            return require(authorizationHeader, scope);
        } catch (InvalidTokenException e) {
            throw new WebApplicationException(Response.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"pitchoun-auth-gateway\"")
                    .type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError("Jeton de compte de service requis.", Map.of())).build());
        } catch (MissingScopeException e) {
            throw new WebApplicationException(ApiError.response(HttpStatus.FORBIDDEN,
                    "Ce compte de service n'a pas le droit " + scope + "."));
        }
    }
}
