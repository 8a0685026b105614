package fr.pitchoun.frontend.family;

import fr.pitchoun.frontend.account.SiteSessions;
import fr.pitchoun.frontend.account.Viewer;
import fr.pitchoun.frontend.account.Watching;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.Optional;

/**
 * Who watches, for the header of every page ({@code inject:watching}): read from the verified session token (no
 * call to the gateway), shown only to families with child profiles.
 */
@RequestScoped
@Named("watching")
public class WhoIsWatching {

    private final Optional<Viewer> viewer;

    WhoIsWatching(SiteSessions sessions, HttpServerRequest request) {
        Cookie cookie = request.getCookie(SiteSessions.COOKIE);
        this.viewer = cookie == null ? Optional.empty() : sessions.verify(cookie.getValue());
    }

    /** Whether the header shows the « Qui regarde ? » switch. */
    public boolean isShown() {
        return viewer.filter(Viewer::hasFamilyProfiles).isPresent();
    }

    /** Someone was chosen (else the header asks). */
    public boolean isChosen() {
        return watching() != null;
    }

    /** A child watches: the players report what it plays. */
    public boolean isChild() {
        return watching() != null && watching().child();
    }

    public String getName() {
        Watching watching = watching();
        return watching == null ? "" : watching.child() ? watching.name() : Avatars.PARENT.label();
    }

    public Avatars.Avatar getAvatar() {
        Watching watching = watching();
        return watching == null || !watching.child() ? Avatars.PARENT : Avatars.of(watching.avatar());
    }

    private Watching watching() {
        return viewer.map(Viewer::watching).orElse(null);
    }
}
