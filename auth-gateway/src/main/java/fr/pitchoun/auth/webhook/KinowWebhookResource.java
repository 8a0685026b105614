package fr.pitchoun.auth.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pitchoun.auth.config.AuthConfig;
import fr.pitchoun.auth.podcastfeed.FeedEntitlements;
import fr.pitchoun.auth.session.Entitlements;
import fr.pitchoun.auth.web.ApiError;
import fr.pitchoun.auth.web.HttpStatus;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Kinow's access webhooks: a subscription created, changed or ended forgets that customer's cached entitlements, so
 * the change shows at the viewer's next session refresh and the next read of the family's podcast feed.
 * Authenticated by a shared secret in a header.
 */
@Path("/webhooks/kinow")
@Tag(name = "Webhooks", description = "Notifications de Kinow")
public class KinowWebhookResource {

    static final String SECRET_HEADER = "X-Pitchoun-Webhook-Secret";
    static final Set<String> ACCESS_EVENTS = Set.of("access_created", "access_updated", "access_deleted");
    private static final Logger LOG = Logger.getLogger(KinowWebhookResource.class);

    private final Entitlements entitlements;
    private final FeedEntitlements feedEntitlements;
    private final byte[] secret;

    KinowWebhookResource(Entitlements entitlements, FeedEntitlements feedEntitlements, AuthConfig config) {
        this.entitlements = entitlements;
        this.feedEntitlements = feedEntitlements;
        this.secret = config.webhook().secret().getBytes(StandardCharsets.UTF_8);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Webhook d'accès Kinow",
            description = "Événements access_created, access_updated, access_deleted : {\"event\": \"…\", "
                    + "\"data\": {\"id_customer\": …}} (ou id_customer à la racine). Secret partagé dans l'en-tête "
                    + SECRET_HEADER + ". Les autres événements sont acceptés et ignorés.")
    @APIResponse(responseCode = "204", description = "Pris en compte")
    @APIResponse(responseCode = "400", description = "Événement d'accès sans id_customer")
    @APIResponse(responseCode = "401", description = "Secret absent ou faux")
    public Uni<Response> receive(@HeaderParam(SECRET_HEADER) String givenSecret, JsonNode notification) {
        if (givenSecret == null
                || !MessageDigest.isEqual(secret, givenSecret.getBytes(StandardCharsets.UTF_8))) {
            LOG.warn("Kinow webhook refused: missing or wrong shared secret");
            return Uni.createFrom().item(ApiError.response(HttpStatus.UNAUTHORIZED, "Secret du webhook invalide."));
        }
        String event = notification == null ? "" : notification.path("event").asText(notification.path("type")
                .asText(""));
        if (!ACCESS_EVENTS.contains(event)) {
            return Uni.createFrom().item(Response.noContent().build());
        }
        // asLong reads numbers and numeric texts alike, and gives the default for anything else.
        long customerId = notification.path("data").path("id_customer")
                .asLong(notification.path("id_customer").asLong(0));
        if (customerId <= 0) {
            return Uni.createFrom().item(ApiError.response(HttpStatus.BAD_REQUEST,
                    "Événement " + event + " sans id_customer."));
        }
        LOG.infof("Kinow %s for customer %d: cached entitlements forgotten", event, customerId);
        return entitlements.forget(customerId).chain(() -> feedEntitlements.forget(customerId))
                .map(ignored -> Response.noContent().build());
    }
}
