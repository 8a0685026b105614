package fr.pitchoun.auth.privacy;

import fr.pitchoun.auth.account.CustomerDirectory;
import fr.pitchoun.auth.kinow.KinowUnavailableException;
import fr.pitchoun.auth.session.InvalidCredentialsException;
import fr.pitchoun.auth.session.SessionCookies;
import fr.pitchoun.auth.session.SessionService;
import fr.pitchoun.auth.session.SessionTokens;
import fr.pitchoun.auth.session.SignInThrottledException;
import fr.pitchoun.auth.session.ViewerSession;
import fr.pitchoun.auth.web.ApiError;
import fr.pitchoun.auth.web.ClientAddress;
import fr.pitchoun.auth.web.HttpStatus;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
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

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/** The family's data rights: download everything, or erase everything once the password is confirmed. */
@Path("/api/privacy")
@Tag(name = "Données personnelles", description = "Télécharger ou supprimer les données de la famille")
@APIResponse(responseCode = "401", description = "Pas de session valide",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
public class PrivacyResource {

    static final String WRONG_PASSWORD = "Mot de passe incorrect : vos données n'ont pas été supprimées.";
    static final String MISSING_PASSWORD = "Indiquez le mot de passe de votre compte pour confirmer.";
    static final String SERVICE_DOWN = "Un de nos services ne répond pas : vos données n'ont pas été supprimées. "
            + "Réessayez dans quelques minutes.";
    /** The whole password check (Kinow's answer included) never takes longer. */
    private static final Duration CHECK_WAIT = Duration.ofSeconds(5);

    private final SessionTokens sessions;
    private final SessionService signIns;
    private final SessionCookies cookies;
    private final CustomerDirectory customers;
    private final FamilyExport export;
    private final FamilyErasure erasure;

    PrivacyResource(SessionTokens sessions, SessionService signIns, SessionCookies cookies,
                    CustomerDirectory customers, FamilyExport export, FamilyErasure erasure) {
        this.sessions = sessions;
        this.signIns = signIns;
        this.cookies = cookies;
        this.customers = customers;
        this.export = export;
        this.erasure = erasure;
    }

    @GET
    @Path("/export")
    @Produces("application/zip")
    @Blocking
    @Operation(summary = "Télécharger mes données",
            description = "Un zip : un fichier JSON par sorte de données et un résumé lisible, index.html.")
    @APIResponse(responseCode = "200", description = "L'archive zip")
    public Response download(@CookieParam(SessionCookies.NAME) String token) {
        ViewerSession session = sessions.verify(token);
        return Response.ok(export.zip(session), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"pitchoun-mes-donnees-"
                        + LocalDate.now(ZoneId.of("Europe/Paris")) + ".zip\"")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Supprimer mes données", description = "Après vérification du mot de passe chez Kinow "
            + "(mêmes limites que la connexion) ; toutes les sessions de la famille sont révoquées.")
    @APIResponse(responseCode = "204", description = "Tout est supprimé ; le cookie est effacé")
    @APIResponse(responseCode = "403", description = "Mot de passe incorrect",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "429", description = "Trop de tentatives",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "Kinow ou un de nos services ne répond pas ; rien n'est supprimé",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response erase(@CookieParam(SessionCookies.NAME) String token, ErasureRequest request,
                          @Context HttpServerRequest http) {
        ViewerSession session = sessions.verify(token);
        if (request == null || request.password() == null || request.password().isEmpty()) {
            return ApiError.response(HttpStatus.BAD_REQUEST, MISSING_PASSWORD);
        }
        try {
            String email = customers.customer(session.customerId()).await().atMost(CHECK_WAIT).email();
            // The sign-in path itself: Kinow's check, its limits and its refusal floor. Its new session is one of
            // the family's, revoked with the others below.
            long confirmed = signIns.signIn(email, request.password(), ClientAddress.of(http))
                    .await().atMost(CHECK_WAIT).session().customerId();
            if (confirmed != session.customerId()) {
                return ApiError.response(HttpStatus.FORBIDDEN, WRONG_PASSWORD);
            }
        } catch (InvalidCredentialsException e) {
            return ApiError.response(HttpStatus.FORBIDDEN, WRONG_PASSWORD);
        } catch (SignInThrottledException | KinowUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new KinowUnavailableException("password check of the erasure failed: " + e, e);
        }
        try {
            erasure.erase(session.customerId());
        } catch (ServiceUnavailableException e) {
            return ApiError.response(HttpStatus.SERVICE_UNAVAILABLE, SERVICE_DOWN);
        }
        return Response.noContent().cookie(cookies.cleared()).build();
    }
}
