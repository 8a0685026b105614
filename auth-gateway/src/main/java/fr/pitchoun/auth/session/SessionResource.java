package fr.pitchoun.auth.session;

import fr.pitchoun.auth.web.ApiError;
import fr.pitchoun.auth.web.HttpStatus;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
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
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

@Path("/api/sessions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "Connexion des spectateurs avec leur compte Kinow")
public class SessionResource {

    static final String MISSING_CREDENTIALS = "Indiquez votre adresse e-mail et votre mot de passe.";
    /** The same words for an unknown email and a wrong password: the answer must not tell which. */
    static final String WRONG_CREDENTIALS = "Adresse e-mail ou mot de passe incorrect.";
    static final String KINOW_UNAVAILABLE = "Le service d'abonnement est momentanément indisponible : "
            + "impossible de vérifier votre compte. Réessayez dans quelques minutes.";

    private final SessionService sessions;

    SessionResource(SessionService sessions) {
        this.sessions = sessions;
    }

    @POST
    @Operation(summary = "Connecte un spectateur",
            description = "Vérifie l'adresse e-mail et le mot de passe auprès de Kinow et renvoie les offres "
                    + "MyPitchoun ouvertes par ses abonnements en cours.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SignedInViewer.class)))
    @APIResponse(responseCode = "400", description = "Adresse e-mail ou mot de passe manquant",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "Identifiants refusés par Kinow",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "Kinow injoignable, en erreur ou trop lent",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<SignedInViewer> signIn(SignInRequest request) {
        if (request == null || !request.complete()) {
            throw new BadRequestException(ApiError.response(HttpStatus.BAD_REQUEST, MISSING_CREDENTIALS));
        }
        return sessions.signIn(request.email(), request.password());
    }

    @ServerExceptionMapper
    Response refused(InvalidCredentialsException e) {
        return ApiError.response(HttpStatus.UNAUTHORIZED, WRONG_CREDENTIALS);
    }

    @ServerExceptionMapper
    Response unavailable(SubscriptionServiceUnavailableException e) {
        return ApiError.response(HttpStatus.SERVICE_UNAVAILABLE, KINOW_UNAVAILABLE);
    }
}
