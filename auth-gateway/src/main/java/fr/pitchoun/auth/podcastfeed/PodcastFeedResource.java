package fr.pitchoun.auth.podcastfeed;

import fr.pitchoun.auth.session.Entitlement;
import fr.pitchoun.auth.session.SessionCookies;
import fr.pitchoun.auth.session.SessionTokens;
import fr.pitchoun.auth.session.ViewerSession;
import fr.pitchoun.auth.web.ApiError;
import fr.pitchoun.auth.web.HttpStatus;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;

/**
 * The private podcast feed of a MyPitchoun+ family: Mon compte shows and resets it (session cookie), the site asks
 * whose feed an address opens when a podcast app reads it (no session: the secret is the key).
 */
@Path("/api/podcast-feed")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Flux privé des podcasts", description = "Adresse RSS personnelle d'une famille MyPitchoun+")
public class PodcastFeedResource {

    static final String PLUS_ONLY = "Le flux privé des podcasts fait partie de l'offre MyPitchoun+.";
    /** The same words for a forged, replaced, malformed or no-longer-entitled secret: nothing says which. */
    static final String UNKNOWN_FEED = "Flux introuvable.";
    static final String UNAVAILABLE = "Le flux est momentanément indisponible. Réessayez dans quelques minutes.";
    /** Kinow's calls give up after 2 s each (Kinow's own timeouts): this only bounds the wait on them. */
    private static final Duration ENTITLEMENT_WAIT = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(PodcastFeedResource.class);

    private final PodcastFeeds feeds;
    private final FeedEntitlements entitlements;
    private final SessionTokens sessions;

    PodcastFeedResource(PodcastFeeds feeds, FeedEntitlements entitlements, SessionTokens sessions) {
        this.feeds = feeds;
        this.entitlements = entitlements;
        this.sessions = sessions;
    }

    @GET
    @Blocking
    @Operation(summary = "Flux de la famille connectée",
            description = "Sans son secret, qui n'est montré qu'à sa création.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FeedView.class)))
    @APIResponse(responseCode = "401", description = "Pas de session valide")
    @APIResponse(responseCode = "403", description = "Le compte n'a pas MyPitchoun+",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response current(@CookieParam(SessionCookies.NAME) String token) {
        return plusFamily(token).map(family -> Response.ok(feeds.createdAt(family)
                        .map(createdAt -> new FeedView(true, createdAt, null))
                        .orElse(new FeedView(false, null, null))).build())
                .orElseGet(() -> ApiError.response(HttpStatus.FORBIDDEN, PLUS_ONLY));
    }

    @POST
    @Blocking
    @Operation(summary = "Crée ou réinitialise le flux",
            description = "Nouveau secret (montré cette fois seulement) ; l'ancienne adresse ne mène plus à rien.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = FeedView.class)))
    @APIResponse(responseCode = "401", description = "Pas de session valide")
    @APIResponse(responseCode = "403", description = "Le compte n'a pas MyPitchoun+",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response reset(@CookieParam(SessionCookies.NAME) String token) {
        return plusFamily(token).map(family -> {
            PodcastFeeds.IssuedFeed issued = feeds.reset(family);
            LOG.infof("Podcast feed of customer %d reset", family);
            return Response.status(Response.Status.CREATED)
                    .entity(new FeedView(true, issued.createdAt(), issued.secret())).build();
        }).orElseGet(() -> ApiError.response(HttpStatus.FORBIDDEN, PLUS_ONLY));
    }

    /** The session's family if it holds MyPitchoun+ (an invalid session gets 401 through SessionErrors). */
    private Optional<Long> plusFamily(String token) {
        ViewerSession viewer = sessions.verify(token);
        return viewer.entitlements().contains(Entitlement.MYPITCHOUN_PLUS) ? Optional.of(viewer.customerId())
                : Optional.empty();
    }

    @POST
    @Path("access")
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "À qui est ce flux ?",
            description = "Pour le site, quand une application de podcasts lit l'adresse : la famille du secret, si "
                    + "c'est son secret actuel et qu'elle a MyPitchoun+ (offres de Kinow gardées 4 minutes).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FeedOwner.class)))
    @APIResponse(responseCode = "404", description = "Secret inconnu, remplacé, ou famille sans MyPitchoun+",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "Kinow ne dit pas si l'abonnement court encore",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response access(FeedSecret secret) {
        Optional<Long> owner = feeds.owner(secret == null ? null : secret.secret());
        if (owner.isEmpty()) {
            return ApiError.response(HttpStatus.NOT_FOUND, UNKNOWN_FEED);
        }
        boolean entitled;
        try {
            entitled = entitlements.holdsMyPitchounPlus(owner.get()).await().atMost(ENTITLEMENT_WAIT);
        } catch (RuntimeException e) {
            LOG.warnf("Podcast feed of customer %d: Kinow cannot tell its entitlements (%s)", owner.get(),
                    e.toString());
            return ApiError.response(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE);
        }
        return entitled ? Response.ok(new FeedOwner(owner.get())).build()
                : ApiError.response(HttpStatus.NOT_FOUND, UNKNOWN_FEED);
    }
}
