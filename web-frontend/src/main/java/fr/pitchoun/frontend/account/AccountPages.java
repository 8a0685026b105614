package fr.pitchoun.frontend.account;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pitchoun.frontend.security.OriginHeaders;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** Sign-in, sign-out and "mon compte": HTML forms relayed to auth-gateway's JSON API, session cookie included. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    static final String GATEWAY_UNREACHABLE = "Le service de connexion est momentanément indisponible. "
            + "Réessayez dans quelques minutes.";
    static final String MISSING_FIELDS = "Indiquez votre adresse e-mail et votre mot de passe.";
    private static final Logger LOG = Logger.getLogger(AccountPages.class);
    /** The page of the family package where a MyPitchoun family picks who watches. */
    static final String WHO_IS_WATCHING = "/qui-regarde?connexion=1&retour=";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance connexion(String email, String error, String back);

        static native TemplateInstance compte(Viewer viewer, String lastName, String email, FeedSection feed);
    }

    private final AuthClient gateway;
    private final SiteSessions sessions;
    private final FeedSections feeds;

    AccountPages(@RestClient AuthClient gateway, SiteSessions sessions, FeedSections feeds) {
        this.gateway = gateway;
        this.sessions = sessions;
        this.feeds = feeds;
    }

    @GET
    @Path("connexion")
    public TemplateInstance signInForm(@QueryParam("retour") String back) {
        return Templates.connexion("", null, localPath(back));
    }

    @POST
    @Path("connexion")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("email") String email, @FormParam("motDePasse") String password,
                           @FormParam("retour") String back, @Context HttpServerRequest request) {
        String typedEmail = email == null ? "" : email.trim();
        String destination = localPath(back);
        if (typedEmail.isEmpty() || password == null || password.isEmpty()) {
            return page(400, Templates.connexion(typedEmail, MISSING_FIELDS, destination));
        }
        String address = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        try (Response answer = gateway.signIn(address, Map.of("email", typedEmail, "password", password))) {
            if (answer.getStatus() == 200) {
                List<String> cookies = SiteSessions.setCookies(answer);
                // A MyPitchoun family says who watches first (« Qui regarde ? »), then goes where it was going.
                boolean asks = SiteSessions.sessionIn(cookies).flatMap(sessions::verify)
                        .filter(Viewer::hasFamilyProfiles).isPresent();
                Response.ResponseBuilder redirect = Response.seeOther(URI.create(asks
                        ? WHO_IS_WATCHING + URLEncoder.encode(destination, StandardCharsets.UTF_8) : destination));
                cookies.forEach(cookie -> redirect.header("Set-Cookie", cookie));
                return redirect.build();
            }
            Response.ResponseBuilder refusal = Response.status(answer.getStatus())
                    .entity(Templates.connexion(typedEmail, messageOf(answer), destination));
            Optional.ofNullable(answer.getHeaderString("Retry-After"))
                    .ifPresent(seconds -> refusal.header("Retry-After", seconds));
            return refusal.build();
        } catch (RuntimeException e) {
            LOG.warnf("Sign-in impossible, auth-gateway unreachable: %s", e.toString());
            return page(503, Templates.connexion(typedEmail, GATEWAY_UNREACHABLE, destination));
        }
    }

    @POST
    @Path("deconnexion")
    public Response signOut(@CookieParam(SiteSessions.COOKIE) String token) {
        Response.ResponseBuilder home = Response.seeOther(URI.create("/"));
        if (token == null) {
            return home.build();
        }
        try (Response answer = gateway.signOut(SiteSessions.COOKIE + "=" + token)) {
            SiteSessions.setCookies(answer).forEach(cookie -> home.header("Set-Cookie", cookie));
        } catch (RuntimeException e) {
            // The gateway could not revoke the session; at least this browser forgets it.
            LOG.warnf("Sign-out not recorded, auth-gateway unreachable: %s", e.toString());
            home.header("Set-Cookie", SiteSessions.CLEARED_COOKIE);
        }
        return home.build();
    }

    @GET
    @Path("mon-compte")
    public Response account(@CookieParam(SiteSessions.COOKIE) String token) {
        return accountPage(token, feeds::current);
    }

    /**
     * Makes the family's private podcast feed, or gives it a new address (the old one then opens nothing). It
     * changes state, so only this site's own form may send it (same-origin check, as for the replay positions).
     */
    @POST
    @Path("mon-compte/flux-podcast")
    public Response resetPodcastFeed(@CookieParam(SiteSessions.COOKIE) String token,
                                     @BeanParam OriginHeaders request, @Context UriInfo uri) {
        if (!request.fromThisSite()) {
            return Response.status(403).type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
                    .entity("Cette demande ne vient pas du site Pitchoun.").build();
        }
        return accountPage(token, (viewer, cookie) -> viewer.hearsExclusivePodcasts()
                ? feeds.reset(viewer, cookie, uri.getBaseUri()) : FeedSection.of(FeedSection.State.NOT_INCLUDED));
    }

    private Response accountPage(String token, BiFunction<Viewer, String, FeedSection> feedSection) {
        Visit visit = sessions.visit(token);
        if (visit.viewer().isEmpty()) {
            return visit.withCookies(Response.seeOther(URI.create("/connexion?retour=/mon-compte"))).build();
        }
        Viewer viewer = visit.viewer().get();
        String cookie = SiteSessions.COOKIE + "=" + SiteSessions.sessionIn(visit.setCookies()).orElse(token);
        String lastName = null;
        String email = null;
        try (Response details = gateway.account(cookie)) {
            if (details.getStatus() == 200) {
                JsonNode account = details.readEntity(JsonNode.class);
                lastName = account.path("lastName").textValue();
                email = account.path("email").textValue();
            }
        } catch (RuntimeException e) {
            LOG.warnf("Account details unavailable: %s", e.toString());
        }
        FeedSection feed = feedSection.apply(viewer, cookie);
        return visit.withCookies(Response.ok(Templates.compte(viewer, lastName, email, feed))).build();
    }

    /** Only a path of this site, so the form can never send a viewer elsewhere. */
    public static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
            return "/mon-compte";
        }
        return back;
    }

    static String messageOf(Response answer) {
        try {
            String message = answer.readEntity(JsonNode.class).path("message").textValue();
            return message == null ? GATEWAY_UNREACHABLE : message;
        } catch (RuntimeException e) {
            return GATEWAY_UNREACHABLE;
        }
    }

    static Response page(int status, TemplateInstance page) {
        return Response.status(status).entity(page).build();
    }
}
