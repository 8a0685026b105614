package fr.pitchoun.cms.replay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The calls to auth-gateway's catalogue, each bounded in time, behind one circuit breaker: while the gateway or Kinow
 * is away, editors' pages answer at once instead of waiting on every form. Callers go through {@link ReplayCatalogue}.
 */
@ApplicationScoped
class GuardedCatalogueCalls {

    private static final Logger LOG = Logger.getLogger(GuardedCatalogueCalls.class);

    private final ReplayCatalogueClient gateway;

    GuardedCatalogueCalls(@RestClient ReplayCatalogueClient gateway) {
        this.gateway = gateway;
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    CataloguePage search(String titleText, Long categoryId, int page) {
        try (Response answer = call(() -> gateway.search(titleText, categoryId, page))) {
            expect200(answer);
            return answer.readEntity(CataloguePage.class);
        }
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    List<CatalogueCategory> categories() {
        try (Response answer = call(gateway::categories)) {
            expect200(answer);
            return List.of(answer.readEntity(CatalogueCategory[].class));
        }
    }

    /** Empty when Kinow no longer has the video (404): an answer, not a failure. */
    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    Optional<CatalogueVideo> video(long videoId) {
        try (Response answer = call(() -> gateway.video(videoId))) {
            if (answer.getStatus() == 404) {
                return Optional.empty();
            }
            expect200(answer);
            return Optional.of(answer.readEntity(CatalogueVideo.class));
        }
    }

    private static Response call(Supplier<Response> request) {
        try {
            return request.get();
        } catch (RuntimeException unreachable) {
            LOG.warnf("auth-gateway's replay catalogue unreachable: %s", unreachable.toString());
            throw new CatalogueUnavailable("auth-gateway unreachable", unreachable);
        }
    }

    /** 401/403 (token, scope), 503 (Kinow away, nothing cached) or any other failure: the catalogue is unavailable. */
    private static void expect200(Response answer) {
        if (answer.getStatus() != 200) {
            LOG.warnf("auth-gateway's replay catalogue answered %d", answer.getStatus());
            throw new CatalogueUnavailable("auth-gateway answered " + answer.getStatus(), null);
        }
    }
}
