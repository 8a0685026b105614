package fr.pitchoun.auth.session;

import fr.pitchoun.auth.config.AuthConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.time.Duration;

/** The pitchoun_session cookie (deploy/CONTRACTS.md): HttpOnly, Secure, SameSite=Lax, Path=/. */
@ApplicationScoped
public class SessionCookies {

    public static final String NAME = "pitchoun_session";

    private final boolean secure;
    private final Duration lifetime;

    SessionCookies(AuthConfig config) {
        this.secure = config.tokens().secureCookie();
        this.lifetime = config.tokens().sessionLifetime();
    }

    /** Lives as long as its token: an idle viewer's browser drops it when the token could no longer be used. */
    public NewCookie holding(String token) {
        return cookie(token, (int) lifetime.toSeconds());
    }

    /** The answer to whatever issued a session token (sign-in, refresh, « Qui regarde ? »): the viewer and the cookie. */
    public Response signedIn(SessionTokens.IssuedSession issued) {
        return Response.ok(SignedInViewer.of(issued.session())).cookie(holding(issued.token())).build();
    }

    public NewCookie cleared() {
        return cookie("", 0);
    }

    private NewCookie cookie(String value, int maxAgeSeconds) {
        return new NewCookie.Builder(NAME).value(value).path("/").maxAge(maxAgeSeconds).httpOnly(true)
                .secure(secure).sameSite(NewCookie.SameSite.LAX).build();
    }
}
