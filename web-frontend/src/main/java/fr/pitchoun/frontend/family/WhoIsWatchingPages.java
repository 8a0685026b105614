package fr.pitchoun.frontend.family;

import fr.pitchoun.frontend.account.AccountPages;
import fr.pitchoun.frontend.account.SiteSessions;
import fr.pitchoun.frontend.account.Viewer;
import fr.pitchoun.frontend.account.Visit;
import fr.pitchoun.frontend.security.OriginHeaders;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * « Qui regarde ? »: a MyPitchoun family picks one of its children, or the parent, after signing in and whenever
 * the header's switch is used. The choice is kept by auth-gateway in the signed session token.
 */
@Path("/qui-regarde")
@Produces(MediaType.TEXT_HTML)
public class WhoIsWatchingPages {

    static final String NOT_FROM_SITE = "Cette demande ne vient pas du site Pitchoun : recommencez depuis la page.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quiRegarde(List<ChildProfile> profiles, Viewer viewer, String back,
                                                  String error);
    }

    private final FamilyGateway gateway;
    private final SiteSessions sessions;

    WhoIsWatchingPages(FamilyGateway gateway, SiteSessions sessions) {
        this.gateway = gateway;
        this.sessions = sessions;
    }

    @GET
    public Response page(@CookieParam(SiteSessions.COOKIE) String token, @QueryParam("retour") String back,
                         @QueryParam("connexion") String afterSignIn) {
        String destination = AccountPages.localPath(back);
        Visit visit = sessions.visit(token);
        if (visit.viewer().isEmpty()) {
            return visit.withCookies(Response.seeOther(signIn(destination))).build();
        }
        if (!visit.viewer().get().hasFamilyProfiles()) {
            // Families without MyPitchoun are never asked.
            return visit.withCookies(Response.seeOther(URI.create(destination))).build();
        }
        String current = SiteSessions.sessionIn(visit.setCookies()).orElse(token);
        FamilyGateway.Answer<List<ChildProfile>> profiles = gateway.profiles(current);
        if (afterSignIn != null && (!profiles.ok() || profiles.value().isEmpty())) {
            // Right after signing in, a family without children's profiles (or whose list is unavailable) goes on.
            return visit.withCookies(Response.seeOther(URI.create(destination))).build();
        }
        return visit.withCookies(Response.status(profiles.ok() ? 200 : profiles.status())
                .entity(Templates.quiRegarde(profiles.ok() ? profiles.value() : List.of(), visit.viewer().get(),
                        destination, profiles.ok() ? null : profiles.message()))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@CookieParam(SiteSessions.COOKIE) String token, @FormParam("profil") String profile,
                           @FormParam("retour") String back, @BeanParam OriginHeaders origin) {
        String destination = AccountPages.localPath(back);
        if (!origin.fromThisSite()) {
            return Response.status(403).type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
                    .entity(NOT_FROM_SITE).build();
        }
        var viewer = sessions.verify(token);
        if (viewer.isEmpty()) {
            return Response.seeOther(signIn(destination)).build();
        }
        Long profileId;
        try {
            profileId = "parent".equals(profile) ? null : Long.valueOf(profile);
        } catch (NumberFormatException e) {
            return refused(token, viewer.get(), destination, 400, "Choisissez un profil dans la liste.");
        }
        FamilyGateway.Answer<?> chosen = gateway.choose(token, profileId);
        if (chosen.status() == 401) {
            return Response.seeOther(signIn(destination)).build();
        }
        if (!chosen.ok()) {
            return refused(token, viewer.get(), destination, chosen.status(), chosen.message());
        }
        Response.ResponseBuilder redirect = Response.seeOther(URI.create(destination));
        chosen.setCookies().forEach(cookie -> redirect.header("Set-Cookie", cookie));
        return redirect.build();
    }

    private Response refused(String token, Viewer viewer, String destination, int status, String message) {
        FamilyGateway.Answer<List<ChildProfile>> profiles = gateway.profiles(token);
        return Response.status(status).entity(Templates.quiRegarde(profiles.ok() ? profiles.value() : List.of(),
                viewer, destination, message)).build();
    }

    static URI signIn(String destination) {
        return URI.create("/connexion?retour=" + URLEncoder.encode(destination, StandardCharsets.UTF_8));
    }
}
