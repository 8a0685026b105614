package fr.pitchoun.auth.replay;

import fr.pitchoun.auth.serviceaccount.ServiceAccounts;
import fr.pitchoun.auth.session.SessionCookies;
import fr.pitchoun.auth.session.SessionTokens;
import fr.pitchoun.auth.session.ViewerSession;
import fr.pitchoun.auth.token.InvalidTokenException;
import fr.pitchoun.auth.web.ApiError;
import fr.pitchoun.auth.web.ClientAddress;
import fr.pitchoun.auth.web.HttpStatus;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Replay from Kinow: the editors' catalogue (service token) and the viewers' playback and progress (cookie). */
@Path("/api/replay")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Replay", description = "Épisodes à la demande chez Kinow : catalogue, lecture, reprise")
@APIResponse(responseCode = "503", description = "Kinow ne répond pas et rien n'est en cache",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
public class ReplayResource {

    static final String CATALOGUE_SCOPE = "replay:catalogue";
    static final String VIDEO_MISSING = "Indiquez la vidéo à lire (videoId).";
    static final String PROGRESS_INCOMPLETE = "Indiquez la vidéo, la session de lecture et la position.";

    private final ReplayCatalogue catalogue;
    private final Playback playback;
    private final ServiceAccounts accounts;
    private final SessionTokens sessions;

    ReplayResource(ReplayCatalogue catalogue, Playback playback, ServiceAccounts accounts, SessionTokens sessions) {
        this.catalogue = catalogue;
        this.playback = playback;
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @GET
    @Path("catalogue")
    @SecurityRequirement(name = "serviceAccount")
    @Operation(summary = "Cherche dans le catalogue Kinow (sélecteur de vidéo des éditeurs)",
            description = "Titre contenant q (accents et casse ignorés), de la rubrique Kinow « categorie » si elle "
                    + "est donnée, par pages à partir de 1. Scope " + CATALOGUE_SCOPE + ".")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CataloguePage.class)))
    @APIResponse(responseCode = "401", description = "Sans jeton de compte de service valide")
    @APIResponse(responseCode = "403", description = "Jeton sans le scope " + CATALOGUE_SCOPE)
    public Uni<CataloguePage> search(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                     @QueryParam("q") String query,
                                     @QueryParam("categorie") Long categoryId,
                                     @QueryParam("page") @DefaultValue("1") int page) {
        accounts.authorize(authorization, CATALOGUE_SCOPE);
        return catalogue.search(query, categoryId, page);
    }

    @GET
    @Path("categories")
    @SecurityRequirement(name = "serviceAccount")
    @Operation(summary = "Les rubriques du catalogue Kinow, par nom", description = "Scope " + CATALOGUE_SCOPE + ".")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CatalogueCategory.class)))
    public Uni<List<CatalogueCategory>> categories(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        accounts.authorize(authorization, CATALOGUE_SCOPE);
        return catalogue.categories();
    }

    @GET
    @Path("catalogue/{videoId}")
    @SecurityRequirement(name = "serviceAccount")
    @Operation(summary = "Une vidéo du catalogue Kinow")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CatalogueVideo.class)))
    @APIResponse(responseCode = "404", description = "Kinow n'a pas (ou plus) cette vidéo",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<CatalogueVideo> video(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                     @PathParam("videoId") long videoId) {
        accounts.authorize(authorization, CATALOGUE_SCOPE);
        return catalogue.one(videoId);
    }

    @POST
    @Path("playback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Ce que ce spectateur peut lire d'un épisode",
            description = "FULL (épisode entier), EXTRACT (extrait) ou LOCKED (rien, sans adresse de lecture). "
                    + "Sans cookie : spectateur non connecté. Limité par session.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlaybackView.class)))
    @APIResponse(responseCode = "400", description = "videoId manquant",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "Vidéo inconnue de Kinow",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "429", description = "Trop de demandes pour cette session (Retry-After)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<PlaybackView> play(@CookieParam(SessionCookies.NAME) String cookie, PlaybackRequest request,
                                  @Context HttpServerRequest http) {
        if (request == null || request.videoId() == null) {
            throw new ReplayRefusedException(HttpStatus.BAD_REQUEST, VIDEO_MISSING);
        }
        ViewerSession viewer = cookie == null || cookie.isBlank() ? null : sessions.verify(cookie);
        return playback.play(viewer, request, ClientAddress.of(http));
    }

    @POST
    @Path("progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Enregistre la position atteinte dans un épisode (chez Kinow)")
    @APIResponse(responseCode = "204", description = "Position enregistrée")
    @APIResponse(responseCode = "400", description = "Position négative ou au-delà de la fin",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "Pas de session valide",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Lecture qui n'est pas celle de ce spectateur",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<Response> progress(@CookieParam(SessionCookies.NAME) String cookie, ProgressRequest request,
                                  @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
        ViewerSession viewer = signedIn(cookie);
        if (request == null || request.videoId() == null || request.sessionId() == null
                || request.positionSeconds() == null) {
            throw new ReplayRefusedException(HttpStatus.BAD_REQUEST, PROGRESS_INCOMPLETE);
        }
        return playback.saveProgress(viewer, request, userAgent).map(ignored -> Response.noContent().build());
    }

    @GET
    @Path("watching")
    @Blocking
    @Operation(summary = "« Continuer à regarder » : les épisodes commencés, du plus récent au plus ancien")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WatchingView.class)))
    @APIResponse(responseCode = "401", description = "Pas de session valide",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<WatchingView> watching(@CookieParam(SessionCookies.NAME) String cookie) {
        return playback.watching(signedIn(cookie));
    }

    private ViewerSession signedIn(String cookie) {
        if (cookie == null || cookie.isBlank()) {
            throw new InvalidTokenException("no session cookie");
        }
        return sessions.verify(cookie);
    }
}
