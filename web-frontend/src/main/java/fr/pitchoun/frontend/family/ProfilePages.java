package fr.pitchoun.frontend.family;

import fr.pitchoun.frontend.account.SiteSessions;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * « Profils des enfants » (/profils): parents create, rename and delete their children's profiles. Plain HTML forms
 * relayed to auth-gateway's profile API; a refusal brings the page back with what was typed and the gateway's
 * message next to each field. Only this site's pages may post (same-origin check, as the replay reports).
 */
@Path("/profils")
@Produces(MediaType.TEXT_HTML)
public class ProfilePages {

    static final String CONFIRM = "Cochez la case pour confirmer la suppression.";
    private static final Map<String, String> NOTICES = Map.of("cree", "Le profil a été créé.",
            "renomme", "Le profil a été renommé.", "supprime", "Le profil a été supprimé.");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profils(ProfileForms page);
    }

    private final FamilyGateway gateway;
    private final SiteSessions sessions;

    ProfilePages(FamilyGateway gateway, SiteSessions sessions) {
        this.gateway = gateway;
        this.sessions = sessions;
    }

    @GET
    public Response page(@CookieParam(SiteSessions.COOKIE) String token, @QueryParam("message") String notice) {
        Visit visit = sessions.visit(token);
        if (visit.viewer().isEmpty()) {
            return visit.withCookies(Response.seeOther(WhoIsWatchingPages.signIn("/profils"))).build();
        }
        FamilyGateway.Answer<List<ChildProfile>> profiles = gateway.profiles(
                SiteSessions.sessionIn(visit.setCookies()).orElse(token));
        if (!profiles.ok()) {
            return visit.withCookies(Response.status(profiles.status()).entity(Templates.profils(
                    new ProfileForms(List.of(), Map.of(), Map.of(), 0, profiles.message(), null)))).build();
        }
        return visit.withCookies(Response.ok(Templates.profils(ProfileForms.of(profiles.value(),
                notice == null ? null : NOTICES.get(notice))))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@CookieParam(SiteSessions.COOKIE) String token, @FormParam("name") String name,
                           @FormParam("ageBand") String ageBand, @FormParam("avatar") String avatar,
                           @BeanParam OriginHeaders origin) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("name", name == null ? "" : name);
        typed.put("ageBand", ageBand == null ? "" : ageBand);
        typed.put("avatar", avatar == null ? "" : avatar);
        return act(token, origin, 0, typed, () -> gateway.create(token, typed), "cree");
    }

    @POST
    @Path("{id}/nom")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rename(@CookieParam(SiteSessions.COOKIE) String token, @PathParam("id") long id,
                           @FormParam("name") String name, @BeanParam OriginHeaders origin) {
        return act(token, origin, id, Map.of("name", name == null ? "" : name),
                () -> gateway.rename(token, id, name), "renomme");
    }

    @POST
    @Path("{id}/suppression")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@CookieParam(SiteSessions.COOKIE) String token, @PathParam("id") long id,
                           @FormParam("confirmer") String confirmed, @BeanParam OriginHeaders origin) {
        if (!"oui".equals(confirmed)) {
            return act(token, origin, id, Map.of(), () -> new FamilyGateway.Answer<>(422, null,
                    CONFIRM, Map.of("confirmer", CONFIRM), List.of()), "supprime");
        }
        return act(token, origin, id, Map.of(), () -> gateway.delete(token, id), "supprime");
    }

    /** Sends one form to the gateway: done → back to the page with a notice; refused → the page with the messages. */
    private Response act(String token, OriginHeaders origin, long formOf, Map<String, String> typed,
                         Supplier<FamilyGateway.Answer<?>> send, String done) {
        if (!origin.fromThisSite()) {
            return Response.status(403).type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
                    .entity(WhoIsWatchingPages.NOT_FROM_SITE).build();
        }
        if (sessions.verify(token).isEmpty()) {
            return Response.seeOther(WhoIsWatchingPages.signIn("/profils")).build();
        }
        FamilyGateway.Answer<?> answer = send.get();
        if (answer.status() == 401) {
            return Response.seeOther(WhoIsWatchingPages.signIn("/profils")).build();
        }
        if (answer.ok()) {
            Response.ResponseBuilder redirect = Response.seeOther(URI.create("/profils?message=" + done));
            answer.setCookies().forEach(cookie -> redirect.header("Set-Cookie", cookie));
            return redirect.build();
        }
        FamilyGateway.Answer<List<ChildProfile>> profiles = gateway.profiles(token);
        return Response.status(answer.status()).entity(Templates.profils(new ProfileForms(
                profiles.ok() ? profiles.value() : List.of(), typed, answer.fields(), formOf, answer.message(), null)))
                .build();
    }
}
