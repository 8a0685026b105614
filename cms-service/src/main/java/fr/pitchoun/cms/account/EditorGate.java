package fr.pitchoun.cms.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;

/**
 * Every editors' page needs a signed-in editor, except the sign-in page ({@link AdminOnly} pages need an admin). Runs
 * on the worker thread of the (blocking) editors' endpoints, so it may read the session from the database.
 */
public class EditorGate {

    static final String SESSION_COOKIE = "pitchoun_cms_session";
    static final String SIGN_IN_PATH = "/editeur/connexion";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance forbidden();
    }

    private final EditorSessions sessions;
    private final CurrentEditor current;

    EditorGate(EditorSessions sessions, CurrentEditor current) {
        this.sessions = sessions;
        this.current = current;
    }

    @ServerRequestFilter
    public Optional<Response> guard(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!(path.equals("/editeur") || path.startsWith("/editeur/")) || path.equals(SIGN_IN_PATH)) {
            return Optional.empty();
        }
        Cookie cookie = request.getCookies().get(SESSION_COOKIE);
        Optional<SignedInEditor> editor = sessions.resume(cookie == null ? null : cookie.getValue());
        if (editor.isEmpty()) {
            UriBuilder signIn = UriBuilder.fromPath(SIGN_IN_PATH);
            if ("GET".equals(request.getMethod())) {
                // Back to the page asked for once signed in.
                signIn.queryParam("retour", request.getUriInfo().getRequestUri().getRawPath()
                        + Optional.ofNullable(request.getUriInfo().getRequestUri().getRawQuery()).map(q -> "?" + q).orElse(""));
            } else {
                signIn.queryParam("expiree", "1");
            }
            return Optional.of(Response.seeOther(signIn.build()).build());
        }
        current.set(editor.get());
        return Optional.empty();
    }

    /** The page says why, in French. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException refused) {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.forbidden()).build();
    }

    /** Only our own pages: a sign-in link can never send an editor to another site. */
    static String safeReturn(String requested) {
        if (requested != null && requested.startsWith("/editeur") && !requested.startsWith(SIGN_IN_PATH)) {
            return requested;
        }
        return "/editeur";
    }
}
