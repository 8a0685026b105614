package fr.pitchoun.auth.replay;

import fr.pitchoun.auth.web.ApiError;
import fr.pitchoun.auth.web.HttpStatus;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Map;

/** The French answers of the replay API to its failures. */
public class ReplayErrors {

    public static final String UNAVAILABLE = "La lecture est momentanément indisponible : le service vidéo ne "
            + "répond pas. Réessayez dans quelques minutes.";
    public static final String VIDEO_NOT_FOUND = "Cet épisode n'est pas disponible en replay.";
    public static final String THROTTLED = "Trop de demandes de lecture : patientez un instant avant de réessayer.";

    private static final Logger LOG = Logger.getLogger(ReplayErrors.class);

    @ServerExceptionMapper
    Response unavailable(ReplayUnavailableException e) {
        LOG.warn(e.getMessage());
        return ApiError.response(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE);
    }

    @ServerExceptionMapper
    Response notFound(VideoNotFoundException e) {
        LOG.info(e.getMessage());
        return ApiError.response(HttpStatus.NOT_FOUND, VIDEO_NOT_FOUND);
    }

    @ServerExceptionMapper
    Response refused(ReplayRefusedException e) {
        return ApiError.response(e.status(), e.getMessage());
    }

    @ServerExceptionMapper
    Response throttled(PlaybackThrottledException e) {
        LOG.infof("Playback refused: %s", e.getMessage());
        return Response.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .type(MediaType.APPLICATION_JSON).entity(new ApiError(THROTTLED, Map.of())).build();
    }
}
