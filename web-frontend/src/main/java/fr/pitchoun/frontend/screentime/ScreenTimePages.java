package fr.pitchoun.frontend.screentime;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.frontend.account.AccountPages;
import fr.pitchoun.frontend.account.SiteSessions;
import fr.pitchoun.frontend.account.Visit;
import fr.pitchoun.frontend.security.OriginHeaders;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Screen time on the site: the parents' settings per child ({@code /temps-ecran}), and the pause page a child is
 * sent to when the time is over ({@code /temps-ecran/pause}), where a parent unlocks with the account's password.
 * The rules, the time played and the unlocks are auth-gateway's; these pages relay its forms and answers.
 */
@Path("/temps-ecran")
@Produces(MediaType.TEXT_HTML)
public class ScreenTimePages {

    static final String LIMIT = "limite";
    static final String FROM = "debut";
    static final String UNTIL = "fin";
    static final String NOT_FROM_SITE = "Cette demande ne vient pas du site Pitchoun : recommencez depuis la page.";
    static final String UNREACHABLE = "Le temps d'écran est momentanément indisponible. Réessayez dans quelques "
            + "minutes.";
    static final String PARENTS_ONLY = "Cette page est réservée aux parents : choisissez « Parent » dans « Qui "
            + "regarde ? » pour régler le temps d'écran.";
    /** The gateway's field names, by the form's. */
    private static final Map<String, String> FIELDS = Map.of(LIMIT, "dailyLimitMinutes", FROM, "closedFrom",
            UNTIL, "closedUntil");
    private static final Map<String, Integer> DURATIONS = Map.of("15", 15, "30", 30, "60", 60);
    private static final Logger LOG = Logger.getLogger(ScreenTimePages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reglages(ScreenTimeForms page);

        static native TemplateInstance reserveParents(String message);

        static native TemplateInstance pause(Pause pause, String back, String duration, String error);
    }

    private final ScreenTimeClient gateway;
    private final ScreenTimeGate gate;
    private final SiteSessions sessions;
    private final ObjectMapper json;

    ScreenTimePages(@RestClient ScreenTimeClient gateway, ScreenTimeGate gate, SiteSessions sessions,
                    ObjectMapper json) {
        this.gateway = gateway;
        this.gate = gate;
        this.sessions = sessions;
        this.json = json;
    }

    @GET
    public Response settings(@CookieParam(SiteSessions.COOKIE) String token, @QueryParam("message") String notice) {
        Visit visit = sessions.visit(token);
        if (visit.viewer().isEmpty()) {
            return visit.withCookies(Response.seeOther(signIn("/temps-ecran"))).build();
        }
        String current = SiteSessions.sessionIn(visit.setCookies()).orElse(token);
        return visit.withCookies(page(current, ScreenTimeForms.of(List.of(),
                "enregistre".equals(notice) ? "Les réglages ont été enregistrés." : null), 200)).build();
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@CookieParam(SiteSessions.COOKIE) String token, @PathParam("id") long id,
                         @FormParam(LIMIT) String limit, @FormParam(FROM) String from, @FormParam(UNTIL) String until,
                         @BeanParam OriginHeaders origin) {
        if (!origin.fromThisSite()) {
            return notFromSite();
        }
        if (sessions.verify(token).isEmpty()) {
            return Response.seeOther(signIn("/temps-ecran")).build();
        }
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put(LIMIT, limit == null ? "" : limit);
        typed.put(FROM, from == null ? "" : from);
        typed.put(UNTIL, until == null ? "" : until);
        Map<String, String> settings = new HashMap<>();
        typed.forEach((field, value) -> settings.put(FIELDS.get(field), value));
        try (Response answer = gateway.save(cookie(token), id, settings)) {
            if (answer.getStatus() == 200) {
                return Response.seeOther(URI.create("/temps-ecran?message=enregistre#enfant-" + id)).build();
            }
            JsonNode body = body(answer);
            Map<String, String> errors = new LinkedHashMap<>();
            FIELDS.forEach((field, name) -> {
                String message = body.path("fields").path(name).textValue();
                if (message != null) {
                    errors.put(field, message);
                }
            });
            return page(token, new ScreenTimeForms(List.of(), id, typed, errors, message(body), null),
                    answer.getStatus()).build();
        } catch (RuntimeException e) {
            LOG.warnf("Screen-time settings not saved: %s", e.toString());
            return page(token, new ScreenTimeForms(List.of(), id, typed, Map.of(), UNREACHABLE, null), 503).build();
        }
    }

    @GET
    @Path("pause")
    public Response pause(@CookieParam(SiteSessions.COOKIE) String token, @QueryParam("retour") String back) {
        Visit visit = sessions.visit(token);
        String destination = AccountPages.localPath(back);
        Pause pause = gate.of(visit.viewer(), SiteSessions.sessionIn(visit.setCookies()).orElse(token));
        if (pause.allowed()) {
            return visit.withCookies(Response.seeOther(URI.create(destination))).build();
        }
        return visit.withCookies(Response.ok(Templates.pause(pause, destination, "jour", null))).build();
    }

    @POST
    @Path("deblocage")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unlock(@CookieParam(SiteSessions.COOKIE) String token, @FormParam("motDePasse") String password,
                           @FormParam("duree") String duration, @FormParam("retour") String back,
                           @BeanParam OriginHeaders origin, @Context HttpServerRequest request) {
        if (!origin.fromThisSite()) {
            return notFromSite();
        }
        String destination = AccountPages.localPath(back);
        if (sessions.verify(token).isEmpty()) {
            return Response.seeOther(signIn(destination)).build();
        }
        String chosen = DURATIONS.containsKey(duration) ? duration : "jour";
        Map<String, Object> unlock = new HashMap<>();
        unlock.put("password", password == null ? "" : password);
        unlock.put("minutes", DURATIONS.get(chosen));
        String address = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        int status;
        String error;
        try (Response answer = gateway.unlock(cookie(token), address, unlock)) {
            if (answer.getStatus() == 200) {
                gate.forget(token);
                return Response.seeOther(URI.create(destination)).build();
            }
            status = answer.getStatus();
            error = message(body(answer));
        } catch (RuntimeException e) {
            LOG.warnf("Unlock impossible: %s", e.toString());
            status = 503;
            error = UNREACHABLE;
        }
        Pause pause = gate.of(sessions.verify(token), token);
        return Response.status(status).entity(Templates.pause(pause, destination, chosen, error)).build();
    }

    /** The pause page, coming back to {@code back} (a path of this site). */
    public static URI pausePage(String back) {
        return URI.create("/temps-ecran/pause?retour=" + URLEncoder.encode(AccountPages.localPath(back),
                StandardCharsets.UTF_8));
    }

    private Response.ResponseBuilder page(String token, ScreenTimeForms form, int status) {
        try (Response answer = gateway.children(cookie(token))) {
            if (answer.getStatus() == 403) {
                return Response.status(403).entity(Templates.reserveParents(PARENTS_ONLY));
            }
            if (answer.getStatus() != 200) {
                return Response.status(answer.getStatus() == 401 ? 401 : 503).entity(Templates.reglages(
                        new ScreenTimeForms(List.of(), 0, Map.of(), Map.of(), message(body(answer)), null)));
            }
            List<ChildSettings> children = json.convertValue(body(answer), new TypeReference<>() { });
            return Response.status(status).entity(Templates.reglages(new ScreenTimeForms(children, form.formOf(),
                    form.typed(), form.fieldErrors(), form.error(), form.notice())));
        } catch (RuntimeException e) {
            LOG.warnf("Screen-time settings unavailable: %s", e.toString());
            return Response.status(503).entity(Templates.reglages(new ScreenTimeForms(List.of(), 0, Map.of(),
                    Map.of(), UNREACHABLE, null)));
        }
    }

    private JsonNode body(Response answer) {
        try {
            return answer.hasEntity() ? answer.readEntity(JsonNode.class) : json.nullNode();
        } catch (RuntimeException e) {
            return json.nullNode();
        }
    }

    private static String message(JsonNode body) {
        String message = body.path("message").textValue();
        return message == null ? UNREACHABLE : message;
    }

    private static Response notFromSite() {
        return Response.status(403).type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8")).entity(NOT_FROM_SITE)
                .build();
    }

    private static URI signIn(String destination) {
        return URI.create("/connexion?retour=" + URLEncoder.encode(destination, StandardCharsets.UTF_8));
    }

    private static String cookie(String token) {
        return SiteSessions.COOKIE + "=" + token;
    }
}
