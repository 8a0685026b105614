package fr.pitchoun.frontend.parents;

import fr.pitchoun.frontend.account.SiteSessions;
import fr.pitchoun.frontend.account.Viewer;
import fr.pitchoun.frontend.account.Visit;
import fr.pitchoun.frontend.catalogue.CmsContent;
import fr.pitchoun.frontend.catalogue.Programme;
import fr.pitchoun.frontend.family.ChildProfile;
import fr.pitchoun.frontend.family.FamilyGateway;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * « Espace parents » (/espace-parents): for the signed-in parent of a MyPitchoun family, one child at a time
 * ({@code ?enfant=ID}, the first by default): time watched and listened per day over four weeks, themes, completed
 * episodes, quiz results and what to watch next. Read from auth-gateway's aggregates in one call per child
 * ({@link ParentsGateway}) and from the site's cached catalogue.
 */
@Path("/espace-parents")
@Produces(MediaType.TEXT_HTML)
public class ParentsPages {

    static final String UNAVAILABLE = "L'espace parents est momentanément indisponible. Réessayez dans quelques minutes.";
    static final String FOR_FAMILIES = "L'espace parents fait partie des offres MyPitchoun et MyPitchoun+.";
    private static final Logger LOG = Logger.getLogger(ParentsPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance espaceParents(ParentsView page);

        static native TemplateInstance reserve(String message, boolean childWatching);
    }

    private final SiteSessions sessions;
    private final ParentsGateway gateway;
    private final CmsContent content;

    ParentsPages(SiteSessions sessions, ParentsGateway gateway, CmsContent content) {
        this.sessions = sessions;
        this.gateway = gateway;
        this.content = content;
    }

    @GET
    public Response page(@CookieParam(SiteSessions.COOKIE) String token, @QueryParam("enfant") Long childId) {
        Visit visit = sessions.visit(token);
        if (visit.viewer().isEmpty()) {
            return visit.withCookies(Response.seeOther(URI.create("/connexion?retour="
                    + URLEncoder.encode("/espace-parents", StandardCharsets.UTF_8)))).build();
        }
        Viewer viewer = visit.viewer().get();
        if (!viewer.hasFamilyProfiles()) {
            return visit.withCookies(Response.status(403).entity(Templates.reserve(FOR_FAMILIES, false))).build();
        }
        if (viewer.childWatching().isPresent()) {
            return visit.withCookies(Response.status(403).entity(Templates.reserve(
                    "L'espace parents est réservé aux parents.", true))).build();
        }
        String current = SiteSessions.sessionIn(visit.setCookies()).orElse(token);
        try {
            FamilyGateway.Answer<List<ChildProfile>> profiles = gateway.profiles(current);
            if (!profiles.ok()) {
                return visit.withCookies(Response.status(profiles.status())
                        .entity(Templates.reserve(profiles.message(), false))).build();
            }
            if (profiles.value().isEmpty()) {
                return visit.withCookies(Response.ok(Templates.espaceParents(
                        new ParentsView(List.of(), null, null, null, Optional.empty(), Optional.empty())))).build();
            }
            ChildProfile child = profiles.value().stream().filter(p -> childId != null && p.id() == childId)
                    .findFirst().orElse(profiles.value().get(0));
            Optional<ParentsGateway.ChildSpace> space = gateway.child(viewer.customerId(), child.id(), current);
            if (space.isEmpty()) {
                // Deleted a moment ago: the list is a little older than the gateway's answer.
                return visit.withCookies(Response.status(404).entity(Templates.reserve(
                        "Ce profil n'existe plus.", false))).build();
            }
            ChildActivity activity = space.get().activity();
            return visit.withCookies(Response.ok(Templates.espaceParents(new ParentsView(profiles.value(), child,
                    activity, DayChart.of("graphique-" + child.id(), activity.days()), space.get().quizzes(),
                    suggestions(child, activity))))).build();
        } catch (ParentsGateway.ParentsUnavailable e) {
            LOG.warnf("Parents' space unavailable from auth-gateway: %s", e.getMessage());
            return visit.withCookies(Response.status(503).entity(Templates.reserve(UNAVAILABLE, false))).build();
        }
    }

    /** From the site's cached catalogue; empty when cms-service cannot tell now. */
    private Optional<List<Suggestions.Suggestion>> suggestions(ChildProfile child, ChildActivity activity) {
        try {
            List<Programme> programmes = content.programmes().stream()
                    .map(p -> content.programme(p.slug()).item()).filter(Objects::nonNull).toList();
            Map<String, Double> themes = activity.themes().stream().collect(Collectors.toMap(
                    ChildActivity.Theme::theme, ChildActivity.Theme::playedSeconds, Double::sum));
            Set<String> completed = activity.completed().stream().map(ChildActivity.Item::path)
                    .collect(Collectors.toSet());
            return Optional.of(Suggestions.choose(programmes, child.ageBand(), themes, completed));
        } catch (RuntimeException e) {
            LOG.warnf("No suggestions: the catalogue is unavailable (%s)", e.toString());
            return Optional.empty();
        }
    }
}
