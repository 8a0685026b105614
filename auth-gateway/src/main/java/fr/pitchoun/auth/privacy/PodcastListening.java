package fr.pitchoun.auth.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pitchoun.auth.token.TokenAudience;
import fr.pitchoun.auth.token.TokenIssuer;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The families' podcast listening positions, which podcast-service keeps: read for the export, erased with the
 * rest. The gateway signs its own service token (scope {@value #SCOPE}, 60 s) rather than asking its token endpoint.
 */
@ApplicationScoped
public class PodcastListening {

    static final String SCOPE = "podcast:privacy";
    private static final Logger LOG = Logger.getLogger(PodcastListening.class);

    private final Optional<PodcastPrivacyClient> client;
    private final TokenIssuer issuer;

    PodcastListening(PrivacyConfig config, TokenIssuer issuer) {
        long waitMillis = config.podcastService().timeout().toMillis();
        this.client = config.podcastService().url().map(url -> QuarkusRestClientBuilder.newBuilder().baseUri(url)
                .connectTimeout(waitMillis, TimeUnit.MILLISECONDS).readTimeout(waitMillis, TimeUnit.MILLISECONDS)
                .build(PodcastPrivacyClient.class));
        this.issuer = issuer;
    }

    /** Whether this deployment has a podcast-service to ask. */
    public boolean configured() {
        return client.isPresent();
    }

    /** The family's positions as podcast-service gives them; empty when it could not be read (named in the zip). */
    public Optional<JsonNode> export(long customerId) {
        if (client.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(client.get().export(bearer(), customerId));
        } catch (RuntimeException e) {
            LOG.warnf("Listening positions of customer %d unreadable at podcast-service: %s", customerId, e.toString());
            return Optional.empty();
        }
    }

    /** Erases the family's positions there (idempotent); throws {@link ServiceUnavailableException} if it cannot. */
    public int erase(long customerId) {
        if (client.isEmpty()) {
            return 0;
        }
        try {
            return client.get().erase(bearer(), customerId).path("deleted").asInt();
        } catch (RuntimeException e) {
            LOG.warnf("Listening positions of customer %d not erased at podcast-service: %s", customerId,
                    e.toString());
            throw new ServiceUnavailableException("podcast-service", e);
        }
    }

    private String bearer() {
        Instant now = Instant.now();
        return "Bearer " + issuer.issue("auth-gateway", TokenAudience.INTERNAL, Set.of(SCOPE),
                Map.of("scope", SCOPE), now, now.plusSeconds(60));
    }
}
