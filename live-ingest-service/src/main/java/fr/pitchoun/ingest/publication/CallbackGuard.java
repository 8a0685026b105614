package fr.pitchoun.ingest.publication;

import fr.pitchoun.ingest.config.IngestConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Lets through only the NGINX-RTMP callbacks that carry the configured secret ({@code /rtmp/*?secret=…}); any other
 * caller gets 403 before the form is read. A refusal is logged with the caller's address and the callback's path,
 * never its fields (the stream key is one of them), and counted.
 */
public class CallbackGuard {

    private static final Logger LOG = Logger.getLogger(CallbackGuard.class);

    private final byte[] secret;
    private final Counter refused;

    CallbackGuard(IngestConfig config, MeterRegistry registry) {
        this.secret = config.callbackSecret().getBytes(StandardCharsets.UTF_8);
        this.refused = Counter.builder("pitchoun.ingest.rtmp.callbacks.refused")
                .description("NGINX-RTMP callbacks refused for a missing or wrong secret").register(registry);
    }

    @ServerRequestFilter
    Response onlyFromNginx(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/rtmp/")) {
            return null;
        }
        String given = request.getUriInfo().getQueryParameters().getFirst("secret");
        if (given != null && MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        refused.increment();
        LOG.warnf("Refused an RTMP callback to %s from %s: %s secret", path,
                http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress(),
                given == null ? "no" : "a wrong");
        return Response.status(Response.Status.FORBIDDEN).build();
    }
}
