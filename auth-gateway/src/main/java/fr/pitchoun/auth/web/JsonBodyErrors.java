package fr.pitchoun.auth.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A body that is not the expected JSON gets a French answer like every other error of the API. */
public class JsonBodyErrors {

    static final String UNREADABLE_BODY = "Le corps de la requête n'est pas un JSON valide.";

    /** JSON of the wrong shape (an object where a text is expected…): replaces Quarkus's English mapper. */
    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e) {
        return ApiError.response(HttpStatus.BAD_REQUEST, UNREADABLE_BODY);
    }

    /** Quarkus wraps syntax errors in a plain 400; every other WebApplicationException keeps its own answer. */
    @ServerExceptionMapper
    public Response unreadable(WebApplicationException e) {
        if (e.getResponse().getStatus() == HttpStatus.BAD_REQUEST && e.getCause() instanceof JsonProcessingException) {
            return ApiError.response(HttpStatus.BAD_REQUEST, UNREADABLE_BODY);
        }
        return e.getResponse();
    }
}
