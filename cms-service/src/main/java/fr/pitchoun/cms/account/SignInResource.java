package fr.pitchoun.cms.account;

import fr.pitchoun.cms.config.CmsConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Duration;
import java.time.Instant;

/** Sign-in and sign-out pages. */
@Path("/editeur")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    private static final int UNPROCESSABLE_CONTENT = 422;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(String email, String retour, String message, String error);
    }

    private final EditorSessions sessions;
    private final boolean forceSecureCookie;

    SignInResource(EditorSessions sessions, CmsConfig config) {
        this.sessions = sessions;
        this.forceSecureCookie = config.editors().forceSecureCookie();
    }

    @GET
    @Path("connexion")
    public TemplateInstance signInPage(@RestQuery String retour, @RestQuery String expiree, @RestQuery String sortie) {
        String message = expiree != null ? "Votre session a expiré : reconnectez-vous pour continuer."
                : sortie != null ? "Vous êtes déconnecté." : null;
        return Templates.signIn("", EditorGate.safeReturn(retour), message, null);
    }

    @POST
    @Path("connexion")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@RestForm String email, @RestForm String password, @RestForm String retour,
                           UriInfo uri) {
        String target = EditorGate.safeReturn(retour);
        String typed = email == null ? "" : email.strip();
        if (typed.isEmpty() || password == null || password.isEmpty()) {
            return refused(typed, target, "Indiquez votre adresse e-mail et votre mot de passe.");
        }
        EditorSessions.SignIn outcome = sessions.signIn(typed, password);
        if (outcome instanceof EditorSessions.SignIn.Opened opened) {
            return Response.seeOther(UriBuilder.fromUri(target).build()).cookie(sessionCookie(opened.token(), uri))
                    .build();
        }
        if (outcome instanceof EditorSessions.SignIn.Locked locked) {
            return refused(typed, target, "Ce compte est verrouillé après plusieurs mots de passe erronés. Réessayez dans "
                    + minutesUntil(locked.until()) + " minute(s) ou demandez à un administrateur de le déverrouiller.");
        }
        return refused(typed, target, "Adresse e-mail ou mot de passe incorrect.");
    }

    @POST
    @Path("deconnexion")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@RestCookie(EditorGate.SESSION_COOKIE) String token, UriInfo uri) {
        sessions.signOut(token);
        return Response.seeOther(UriBuilder.fromPath(EditorGate.SIGN_IN_PATH).queryParam("sortie", "1").build())
                .cookie(expiredCookie(uri)).build();
    }

    private Response refused(String email, String retour, String error) {
        return Response.status(UNPROCESSABLE_CONTENT).entity(Templates.signIn(email, retour, null, error)).build();
    }

    private static long minutesUntil(Instant until) {
        return Math.max(1, (Duration.between(Instant.now(), until).toSeconds() + 59) / 60);
    }

    /** A browser-session cookie: the server decides when the session ends, and the browser forgets it on close. */
    private NewCookie sessionCookie(String token, UriInfo uri) {
        return cookie(token, uri).build();
    }

    private NewCookie expiredCookie(UriInfo uri) {
        return cookie("", uri).maxAge(0).build();
    }

    private NewCookie.Builder cookie(String value, UriInfo uri) {
        return new NewCookie.Builder(EditorGate.SESSION_COOKIE).value(value).path("/editeur")
                .version(Cookie.DEFAULT_VERSION).httpOnly(true)
                .secure(forceSecureCookie || "https".equals(uri.getRequestUri().getScheme()))
                .sameSite(NewCookie.SameSite.LAX);
    }
}
