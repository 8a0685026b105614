package fr.pitchoun.auth.session;

import fr.pitchoun.auth.kinow.KinowUnavailableException;
import fr.pitchoun.auth.token.InvalidTokenException;
import fr.pitchoun.auth.web.ApiError;
import fr.pitchoun.auth.web.FrenchDurations;
import fr.pitchoun.auth.web.HttpStatus;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Map;

/** The French answers of the whole API to sign-in and session failures. */
public class SessionErrors {

    /** The same words for an unknown email and a wrong password: the answer must not tell which. */
    public static final String WRONG_CREDENTIALS = "Adresse e-mail ou mot de passe incorrect.";
    public static final String KINOW_UNAVAILABLE = "Le service d'abonnement est momentanément indisponible : "
            + "impossible de vérifier votre compte. Réessayez dans quelques minutes.";
    public static final String SESSION_INVALID = "Votre session a expiré ou n'est plus valide : reconnectez-vous.";

    private static final Logger LOG = Logger.getLogger(SessionErrors.class);

    private final SessionCookies cookies;

    SessionErrors(SessionCookies cookies) {
        this.cookies = cookies;
    }

    @ServerExceptionMapper
    Response refused(InvalidCredentialsException e) {
        return ApiError.response(HttpStatus.UNAUTHORIZED, WRONG_CREDENTIALS);
    }

    @ServerExceptionMapper
    Response unavailable(KinowUnavailableException e) {
        return ApiError.response(HttpStatus.SERVICE_UNAVAILABLE, KINOW_UNAVAILABLE);
    }

    @ServerExceptionMapper
    Response throttled(SignInThrottledException e) {
        LOG.infof("Sign-in refused: %s", e.getMessage());
        return Response.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .type(MediaType.APPLICATION_JSON)
                .entity(new ApiError("Trop de tentatives de connexion. Par sécurité, réessayez dans "
                        + FrenchDurations.of(e.retryAfterSeconds()) + ".", Map.of()))
                .build();
    }

    /** Tells the browser, through the site, to drop a cookie that opens nothing any more. */
    @ServerExceptionMapper
    Response invalidSession(InvalidTokenException e) {
        LOG.debugf("Session refused: %s", e.getMessage());
        return Response.status(HttpStatus.UNAUTHORIZED).cookie(cookies.cleared())
                .type(MediaType.APPLICATION_JSON).entity(new ApiError(SESSION_INVALID, Map.of())).build();
    }
}
