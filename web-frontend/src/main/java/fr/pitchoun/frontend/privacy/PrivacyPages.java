package fr.pitchoun.frontend.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pitchoun.frontend.account.FeedReset;
import fr.pitchoun.frontend.account.SiteSessions;
import fr.pitchoun.frontend.account.Viewer;
import fr.pitchoun.frontend.account.Visit;
import fr.pitchoun.frontend.security.OriginHeaders;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.event.Event;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * « Mes données » under Mon compte: download everything the platform keeps about the family (a zip auth-gateway
 * builds), or delete it after typing the account's password. The deletion changes state: only this site's own form
 * may send it (same-origin check, {@link OriginHeaders}).
 */
@Path("/mon-compte/donnees")
@Produces(MediaType.TEXT_HTML)
public class PrivacyPages {

    static final String UNAVAILABLE = "Le service des comptes est momentanément indisponible. Réessayez dans "
            + "quelques minutes.";
    static final String NOT_CONFIRMED = "Cochez la case pour confirmer que vous voulez tout supprimer.";
    static final String MISSING_PASSWORD = "Indiquez le mot de passe de votre compte pour confirmer.";
    private static final Logger LOG = Logger.getLogger(PrivacyPages.class);
    private static final String SIGN_IN = "/connexion?retour=/mon-compte/donnees";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance donnees(Viewer viewer, String error);

        static native TemplateInstance supprimees();
    }

    private final SiteSessions sessions;
    private final PrivacyClient gateway;
    private final Event<FeedReset> feedResets;

    PrivacyPages(SiteSessions sessions, @RestClient PrivacyClient gateway, Event<FeedReset> feedResets) {
        this.sessions = sessions;
        this.gateway = gateway;
        this.feedResets = feedResets;
    }

    @GET
    public Response page(@CookieParam(SiteSessions.COOKIE) String token) {
        Visit visit = sessions.visit(token);
        return visit.withCookies(visit.viewer().isEmpty() ? Response.seeOther(URI.create(SIGN_IN))
                : Response.ok(Templates.donnees(visit.viewer().get(), null))).build();
    }

    @GET
    @Path("archive")
    @Produces("application/zip")
    public Response download(@CookieParam(SiteSessions.COOKIE) String token) {
        Visit visit = sessions.visit(token);
        if (visit.viewer().isEmpty()) {
            return visit.withCookies(Response.seeOther(URI.create(SIGN_IN))).build();
        }
        try (Response zip = gateway.export(cookie(visit, token))) {
            if (zip.getStatus() != 200) {
                return visit.withCookies(Response.status(zip.getStatus() == 401 ? 401 : 503).type(MediaType.TEXT_HTML)
                        .entity(Templates.donnees(visit.viewer().get(), UNAVAILABLE))).build();
            }
            return visit.withCookies(Response.ok(zip.readEntity(byte[].class), "application/zip")
                    .header("Content-Disposition", zip.getHeaderString("Content-Disposition"))
                    .header("Cache-Control", "no-store")).build();
        } catch (RuntimeException e) {
            LOG.warnf("Data export unavailable: %s", e.toString());
            return visit.withCookies(Response.status(503).type(MediaType.TEXT_HTML)
                    .entity(Templates.donnees(visit.viewer().get(), UNAVAILABLE))).build();
        }
    }

    @POST
    @Path("suppression")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response erase(@CookieParam(SiteSessions.COOKIE) String token, @FormParam("motDePasse") String password,
                          @FormParam("confirmation") String confirmed, @BeanParam OriginHeaders origin,
                          @Context HttpServerRequest request) {
        if (!origin.fromThisSite()) {
            return Response.status(403).type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
                    .entity("Cette demande ne vient pas du site Pitchoun.").build();
        }
        Visit visit = sessions.visit(token);
        if (visit.viewer().isEmpty()) {
            return visit.withCookies(Response.seeOther(URI.create(SIGN_IN))).build();
        }
        Viewer viewer = visit.viewer().get();
        if (confirmed == null) {
            return refused(visit, 400, NOT_CONFIRMED);
        }
        if (password == null || password.isEmpty()) {
            return refused(visit, 400, MISSING_PASSWORD);
        }
        String address = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        try (Response answer = gateway.erase(cookie(visit, token), address, Map.of("password", password))) {
            if (answer.getStatus() == 204) {
                // The feed's address opens nothing any more: what this site remembers of it goes too.
                feedResets.fire(new FeedReset(viewer.customerId()));
                Response.ResponseBuilder done = Response.ok(Templates.supprimees());
                SiteSessions.setCookies(answer).forEach(cookie -> done.header("Set-Cookie", cookie));
                return done.build();
            }
            Response.ResponseBuilder refusal = refusal(visit, answer.getStatus(), messageOf(answer));
            Optional.ofNullable(answer.getHeaderString("Retry-After"))
                    .ifPresent(seconds -> refusal.header("Retry-After", seconds));
            return refusal.build();
        } catch (RuntimeException e) {
            LOG.warnf("Data erasure impossible, auth-gateway unreachable: %s", e.toString());
            return refused(visit, 503, UNAVAILABLE);
        }
    }

    private static Response refused(Visit visit, int status, String message) {
        return refusal(visit, status, message).build();
    }

    private static Response.ResponseBuilder refusal(Visit visit, int status, String message) {
        return visit.withCookies(Response.status(status).type(MediaType.TEXT_HTML)
                .entity(Templates.donnees(visit.viewer().orElseThrow(), message)));
    }

    /** The cookie to relay: the renewed token when this visit renewed it. */
    private static String cookie(Visit visit, String token) {
        return SiteSessions.COOKIE + "=" + SiteSessions.sessionIn(visit.setCookies()).orElse(token);
    }

    private static String messageOf(Response answer) {
        try {
            String message = answer.readEntity(JsonNode.class).path("message").textValue();
            return message == null ? UNAVAILABLE : message;
        } catch (RuntimeException e) {
            return UNAVAILABLE;
        }
    }
}
