package fr.pitchoun.auth.session;

import fr.pitchoun.auth.config.AuthConfig;
import fr.pitchoun.auth.token.InvalidTokenException;
import fr.pitchoun.auth.token.TokenAudience;
import fr.pitchoun.auth.token.TokenIssuer;
import fr.pitchoun.auth.token.TokenVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Viewer session tokens (deploy/CONTRACTS.md): sub = Kinow customer id, groups = entitlements, aud = pitchoun-site,
 * plus "sid" (the session, kept across refreshes: logout revokes it), "auth_time" (the sign-in, which bounds how
 * long refreshes go on) and "given_name" (for the site's greeting).
 */
@ApplicationScoped
public class SessionTokens {

    static final String SESSION_ID = "sid";
    static final String SIGNED_IN_AT = "auth_time";
    static final String FIRST_NAME = "given_name";
    /** Who watches: a child profile's id, or "parent"; with its nickname and avatar for the site's header. */
    static final String WATCHING = "watching";
    static final String WATCHING_NAME = "watching_name";
    static final String WATCHING_AVATAR = "watching_avatar";

    private final TokenIssuer issuer;
    private final TokenVerifier verifier;
    private final RevokedSessions revoked;
    private final FamilySessions families;
    private final Duration lifetime;
    private final Duration maxAge;

    SessionTokens(TokenIssuer issuer, TokenVerifier verifier, RevokedSessions revoked, FamilySessions families,
                  AuthConfig config) {
        this.issuer = issuer;
        this.verifier = verifier;
        this.revoked = revoked;
        this.families = families;
        this.lifetime = config.tokens().sessionLifetime();
        this.maxAge = config.tokens().sessionMaxAge();
    }

    /**
     * A new session for a viewer who just signed in, recorded with the family's sessions (so that erasing the
     * family's data revokes it). Blocking (database).
     */
    public IssuedSession open(long customerId, String firstName, Set<Entitlement> entitlements) {
        Instant now = Instant.now();
        IssuedSession issued = issue(customerId, UUID.randomUUID().toString(), firstName, entitlements, now, now,
                null);
        families.opened(customerId, issued.session().sessionId(), now, refreshableUntil(issued.session()));
        return issued;
    }

    /** The next token of the same session, with the entitlements as they are now. */
    public IssuedSession renew(ViewerSession session, Set<Entitlement> entitlements) {
        return issue(session.customerId(), session.sessionId(), session.firstName(), entitlements,
                session.signedInAt(), Instant.now(), session.watching());
    }

    /** The next token of the same session, watched by someone else (null: nobody chosen any more). */
    public IssuedSession watchedBy(ViewerSession session, WatchingProfile watching) {
        return issue(session.customerId(), session.sessionId(), session.firstName(), session.entitlements(),
                session.signedInAt(), Instant.now(), watching);
    }

    /**
     * The session of a token that is valid and not revoked; throws {@link InvalidTokenException} otherwise.
     * Blocking: it reads the revoked sessions from the database.
     */
    public ViewerSession verify(String token) {
        JsonWebToken jwt = verifier.verify(token, TokenAudience.SITE);
        ViewerSession session = toSession(jwt);
        if (revoked.isRevoked(session.sessionId())) {
            throw new InvalidTokenException("session revoked");
        }
        return session;
    }

    /** A session may be renewed until {@code session-max-age} after its sign-in. */
    public boolean renewable(ViewerSession session) {
        return Instant.now().isBefore(refreshableUntil(session));
    }

    public Instant refreshableUntil(ViewerSession session) {
        return session.signedInAt().plus(maxAge).plus(lifetime);
    }

    public Duration lifetime() {
        return lifetime;
    }

    private IssuedSession issue(long customerId, String sessionId, String firstName, Set<Entitlement> entitlements,
                                Instant signedInAt, Instant now, WatchingProfile watching) {
        Instant expiresAt = now.plus(lifetime);
        Set<String> groups = entitlements.stream().map(Entitlement::name).collect(Collectors.toSet());
        Map<String, Object> claims = new HashMap<>(Map.of(SESSION_ID, sessionId,
                SIGNED_IN_AT, signedInAt.getEpochSecond(), FIRST_NAME, firstName == null ? "" : firstName));
        if (watching != null) {
            claims.put(WATCHING, watching.child() ? watching.profileId().toString() : WatchingProfile.PARENT);
            claims.put(WATCHING_NAME, watching.name() == null ? "" : watching.name());
            claims.put(WATCHING_AVATAR, watching.avatar() == null ? "" : watching.avatar());
        }
        String token = issuer.issue(Long.toString(customerId), TokenAudience.SITE, groups, claims, now, expiresAt);
        return new IssuedSession(token, new ViewerSession(customerId, sessionId, firstName, entitlements, signedInAt,
                expiresAt, watching));
    }

    private static WatchingProfile watching(JsonWebToken jwt) {
        String who = text(jwt.getClaim(WATCHING));
        if (who == null || who.isBlank()) {
            return null;
        }
        String avatar = text(jwt.getClaim(WATCHING_AVATAR));
        return new WatchingProfile(WatchingProfile.PARENT.equals(who) ? null : Long.valueOf(who),
                text(jwt.getClaim(WATCHING_NAME)), avatar == null || avatar.isEmpty() ? null : avatar);
    }

    private static ViewerSession toSession(JsonWebToken jwt) {
        try {
            Set<Entitlement> entitlements = EnumSet.noneOf(Entitlement.class);
            for (String group : jwt.getGroups()) {
                entitlements.add(Entitlement.valueOf(group));
            }
            String sessionId = text(jwt.getClaim(SESSION_ID));
            String signedInAt = text(jwt.getClaim(SIGNED_IN_AT));
            if (sessionId == null || signedInAt == null) {
                throw new InvalidTokenException("session claims missing");
            }
            return new ViewerSession(Long.parseLong(jwt.getSubject()), sessionId, text(jwt.getClaim(FIRST_NAME)),
                    entitlements, Instant.ofEpochSecond(Long.parseLong(signedInAt)),
                    Instant.ofEpochSecond(jwt.getExpirationTime()), watching(jwt));
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new InvalidTokenException("not a session token", e);
        }
    }

    /** Claims may come back as JSON-P values or as plain Java ones, depending on the claim. */
    private static String text(Object claim) {
        if (claim == null) {
            return null;
        }
        if (claim instanceof JsonString string) {
            return string.getString();
        }
        if (claim instanceof JsonNumber number) {
            return Long.toString(number.longValue());
        }
        return claim.toString();
    }

    /** A signed token and what it says. */
    public record IssuedSession(String token, ViewerSession session) {
    }
}
