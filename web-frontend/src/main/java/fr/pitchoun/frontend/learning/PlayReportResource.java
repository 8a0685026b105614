package fr.pitchoun.frontend.learning;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.pitchoun.frontend.account.SiteSessions;
import fr.pitchoun.frontend.account.Viewer;
import fr.pitchoun.frontend.json.PostedJson;
import fr.pitchoun.frontend.security.OriginHeaders;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where every player of the site (replay, podcast, live) reports what a child played: the time actually played
 * since its last report and whether it reached 90 % (sendBeacon, JSON as text/plain). The site names the item from
 * its own reads of the CMS and relays the statement to auth-gateway with the session, whose token says which child
 * watches; nothing about the family comes from the browser. A parent watching records nothing.
 */
@Path("/apprentissage/lectures")
public class PlayReportResource {

    static final String METRIC = "pitchoun.frontend.learning.reports";
    private static final Logger LOG = Logger.getLogger(PlayReportResource.class);

    /** What a player posts: which item ({@code kind}: episode, podcast, live), how long, and whether it finished. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Report(String statementId, String kind, String first, String second, Double playedSeconds,
                         Boolean completed) {
    }

    private final SiteSessions sessions;
    private final PlayedItems items;
    private final LearningClient gateway;
    private final PostedJson posted;
    private final MeterRegistry metrics;

    PlayReportResource(SiteSessions sessions, PlayedItems items, @RestClient LearningClient gateway,
                       PostedJson posted, MeterRegistry metrics) {
        this.sessions = sessions;
        this.items = items;
        this.gateway = gateway;
        this.posted = posted;
        this.metrics = metrics;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Produces(MediaType.TEXT_PLAIN + ";charset=utf-8")
    public Response report(@CookieParam(SiteSessions.COOKIE) String token, @BeanParam OriginHeaders origin,
                           String body) {
        if (!origin.fromThisSite()) {
            return answer("not-same-origin", 403, "Cette demande ne vient pas du site Pitchoun.");
        }
        Optional<Viewer> viewer = sessions.verify(token);
        if (viewer.isEmpty()) {
            return answer("signed-out", 401, "Connectez-vous pour que Pitchoun suive les découvertes de vos enfants.");
        }
        if (viewer.get().childWatching().isEmpty()) {
            return answer("no-child", 204, null);
        }
        Report report = posted.read(body, Report.class).orElse(null);
        if (report == null || report.statementId() == null || report.kind() == null || report.first() == null
                || report.playedSeconds() == null) {
            return answer("incomplete", 400, "Relevé de lecture incomplet.");
        }
        Optional<PlayedItem> item = resolve(report);
        if (item.isEmpty()) {
            return answer("unknown-item", 404, "Cet élément n'existe pas sur Pitchoun.");
        }
        return relay(token, report, item.get());
    }

    private Optional<PlayedItem> resolve(Report report) {
        try {
            return switch (report.kind()) {
                case "episode" -> report.second() == null ? Optional.empty()
                        : items.episode(report.first(), report.second());
                case "podcast" -> report.second() == null ? Optional.empty()
                        : items.podcastEpisode(report.first(), report.second());
                // The programme on air now: the one the child was watching when the player reported.
                case "live" -> items.liveProgramme(report.first(), Instant.now());
                default -> Optional.empty();
            };
        } catch (RuntimeException e) {
            LOG.warnf("Played item %s %s/%s unresolved: %s", report.kind(), report.first(), report.second(), e);
            return Optional.empty();
        }
    }

    private Response relay(String token, Report report, PlayedItem item) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("statementId", report.statementId());
        statement.put("verb", Boolean.TRUE.equals(report.completed()) ? "completed" : "played");
        statement.put("item", item);
        statement.put("durationSeconds", report.playedSeconds());
        try (Response answer = gateway.record(SiteSessions.COOKIE + "=" + token, statement)) {
            int status = answer.getStatus();
            if (status == 202) {
                return answer("relayed", 204, null);
            }
            LOG.debugf("Learning report refused by auth-gateway (%d)", status);
            return answer("refused-" + status, status, "Ce relevé de lecture a été refusé.");
        } catch (RuntimeException e) {
            LOG.warnf("Learning report not relayed, auth-gateway unreachable: %s", e.toString());
            return answer("gateway-unreachable", 503, "Le relevé n'a pas pu être enregistré pour le moment.");
        }
    }

    private Response answer(String outcome, int status, String message) {
        metrics.counter(METRIC, "outcome", outcome).increment();
        return message == null ? Response.status(status).build() : Response.status(status).entity(message).build();
    }
}
