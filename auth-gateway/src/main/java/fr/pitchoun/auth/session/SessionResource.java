package fr.pitchoun.auth.session;

import fr.pitchoun.auth.web.ApiError;
import fr.pitchoun.auth.web.ClientAddress;
import fr.pitchoun.auth.web.HttpStatus;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "Connexion des spectateurs avec leur compte Kinow ; la session est un jeton "
        + "signé dans le cookie pitchoun_session")
public class SessionResource {

    static final String MISSING_CREDENTIALS = "Indiquez votre adresse e-mail et votre mot de passe.";

    private final SessionService sessions;
    private final SessionTokens tokens;
    private final SessionCookies cookies;

    SessionResource(SessionService sessions, SessionTokens tokens, SessionCookies cookies) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.cookies = cookies;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Connecte un spectateur",
            description = "Vérifie l'adresse e-mail et le mot de passe auprès de Kinow, renvoie les offres MyPitchoun "
                    + "ouvertes par ses abonnements en cours et pose le cookie de session.")
    @APIResponse(responseCode = "200", description = "Connecté ; cookie pitchoun_session posé",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SignedInViewer.class)))
    @APIResponse(responseCode = "400", description = "Adresse e-mail ou mot de passe manquant",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "Identifiants refusés par Kinow",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "429", description = "Trop de tentatives (compte ou adresse) ; voir Retry-After",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "Kinow injoignable, en erreur ou trop lent",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<Response> signIn(SignInRequest request, @Context HttpServerRequest http) {
        if (request == null || !request.complete()) {
            throw new BadRequestException(ApiError.response(HttpStatus.BAD_REQUEST, MISSING_CREDENTIALS));
        }
        return sessions.signIn(request.email(), request.password(), ClientAddress.of(http))
                .map(cookies::signedIn);
    }

    @GET
    @Path("/current")
    @Blocking
    @Operation(summary = "Spectateur de la session en cours", description = "D'après le cookie, sans appeler Kinow.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SignedInViewer.class)))
    @APIResponse(responseCode = "401", description = "Pas de session valide",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public SignedInViewer current(@CookieParam(SessionCookies.NAME) String token) {
        return SignedInViewer.of(tokens.verify(token));
    }

    @POST
    @Path("/refresh")
    @Blocking
    @Operation(summary = "Prolonge la session",
            description = "Nouveau jeton pour la même session, avec les offres à jour (cache, vidé par le webhook "
                    + "Kinow). Si Kinow ne répond pas, les offres du jeton précédent sont conservées.")
    @APIResponse(responseCode = "200", description = "Nouveau cookie pitchoun_session posé",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SignedInViewer.class)))
    @APIResponse(responseCode = "401", description = "Session expirée, révoquée, trop ancienne ou jeton invalide",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response refresh(@CookieParam(SessionCookies.NAME) String token) {
        return cookies.signedIn(sessions.refresh(token));
    }

    @DELETE
    @Path("/current")
    @Blocking
    @Operation(summary = "Déconnecte le spectateur",
            description = "Révoque la session (ses jetons ne seront plus prolongés ni acceptés par la passerelle) "
                    + "et efface le cookie.")
    @APIResponse(responseCode = "204", description = "Déconnecté (aussi sans session valide)")
    public Response signOut(@CookieParam(SessionCookies.NAME) String token) {
        sessions.signOut(token);
        return Response.noContent().cookie(cookies.cleared()).build();
    }
}
