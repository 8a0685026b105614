package fr.pitchoun.frontend.account;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Reads the viewer's session from the pitchoun_session cookie: the token is verified here, with auth-gateway's
 * published keys (JWKS, cached by smallrye-jwt; {@code mp.jwt.verify.*}), so a page never waits on the gateway just
 * to know who is visiting. Past half its life the token is renewed through the gateway, whose new cookie is relayed.
 * A token verified once is kept (cache {@code site-sessions}, a minute at most, used only before its expiry): checking
 * its RSA signature again at each page view was a third of what a signed-in page cost. The copy never changes the
 * answer: past its expiry the parser is asked again, and a refused token is not kept (one refused while the keys could
 * not be fetched is accepted as soon as they can).
 */
@ApplicationScoped
public class SiteSessions {

    public static final String COOKIE = "pitchoun_session";
    /** Sent when the site itself must drop the cookie (the gateway unreachable at sign-out). */
    static final String CLEARED_COOKIE = COOKIE + "=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax";
    private static final Logger LOG = Logger.getLogger(SiteSessions.class);

    private final JWTParser parser;
    private final AuthClient gateway;
    private final CaffeineCache verified;

    SiteSessions(JWTParser parser, @RestClient AuthClient gateway, @CacheName("site-sessions") Cache verified) {
        this.parser = parser;
        this.gateway = gateway;
        this.verified = verified.as(CaffeineCache.class);
    }

    /** The viewer of a valid token, without renewing it: what a benchmark or a quick check needs. */
    public Optional<Viewer> verify(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        CompletableFuture<Viewer> known = verified.getIfPresent(token);
        Viewer viewer = known == null ? null : known.getNow(null);
        if (viewer != null && Instant.now().isBefore(viewer.expiresAt())) {
            return Optional.of(viewer);
        }
        // Unknown, or past its expiry: the parser decides, with its clock skew, as without the copy.
        Optional<Viewer> parsed = parse(token);
        parsed.ifPresent(v -> verified.put(token, CompletableFuture.completedFuture(v)));
        return parsed;
    }

    private Optional<Viewer> parse(String token) {
        try {
            JsonWebToken jwt = parser.parse(token);
            return Optional.of(new Viewer(jwt.getSubject(), text(jwt, "given_name"),
                    Set.copyOf(jwt.getGroups()), Instant.ofEpochSecond(jwt.getIssuedAtTime()),
                    Instant.ofEpochSecond(jwt.getExpirationTime()), watching(jwt)));
        } catch (ParseException | RuntimeException e) {
            LOG.debugf("Session cookie refused: %s", e.getMessage());
            return Optional.empty();
        }
    }

    /** Who watches, from the gateway's claims: "watching" is a child profile's id or "parent". */
    private static Watching watching(JsonWebToken jwt) {
        String who = text(jwt, "watching");
        if (who == null || who.isBlank()) {
            return null;
        }
        String avatar = text(jwt, "watching_avatar");
        return new Watching("parent".equals(who) ? null : Long.valueOf(who), text(jwt, "watching_name"),
                avatar == null || avatar.isBlank() ? null : avatar);
    }

    private static String text(JsonWebToken jwt, String claim) {
        Object value = jwt.getClaim(claim);
        return value instanceof JsonString json ? json.getString() : value == null ? null : value.toString();
    }

    /** The visit of a page: its viewer, renewing the session when due. */
    public Visit visit(String token) {
        Optional<Viewer> viewer = verify(token);
        if (viewer.isEmpty()) {
            return token == null ? Visit.ANONYMOUS : new Visit(Optional.empty(), List.of(CLEARED_COOKIE));
        }
        if (!viewer.get().dueForRefresh(Instant.now())) {
            return new Visit(viewer, List.of());
        }
        try (Response renewed = gateway.refresh(COOKIE + "=" + token)) {
            List<String> cookies = setCookies(renewed);
            if (renewed.getStatus() == 200) {
                return new Visit(sessionIn(cookies).flatMap(this::verify).or(() -> viewer), cookies);
            }
            if (renewed.getStatus() == 401) {
                // Revoked (signed out elsewhere) or too old: the viewer signs in again.
                return new Visit(Optional.empty(), cookies.isEmpty() ? List.of(CLEARED_COOKIE) : cookies);
            }
            LOG.warnf("Session refresh answered %d: the current token is kept", renewed.getStatus());
        } catch (RuntimeException e) {
            LOG.warnf("Session refresh impossible (%s): the current token is kept", e.toString());
        }
        return new Visit(viewer, List.of());
    }

    public static List<String> setCookies(Response response) {
        List<String> values = response.getStringHeaders().get("Set-Cookie");
        return values == null ? List.of() : List.copyOf(values);
    }

    /** The token a Set-Cookie header puts in pitchoun_session, if it puts one. */
    public static Optional<String> sessionIn(List<String> setCookies) {
        for (String cookie : setCookies) {
            if (cookie.startsWith(COOKIE + "=")) {
                String value = cookie.substring(COOKIE.length() + 1).split(";", 2)[0].trim();
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
