package fr.pitchoun.auth.kinow;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A non-2xx answer from Kinow, with its status, the text of its "errors" field and its Retry-After. */
public class KinowException extends RuntimeException {

    private final int status;
    private final String kinowMessage;
    private final Long retryAfterSeconds;

    public KinowException(int status, String kinowMessage, Long retryAfterSeconds) {
        super("Kinow answered " + status + ": " + kinowMessage);
        this.status = status;
        this.kinowMessage = kinowMessage;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String kinowMessage() {
        return kinowMessage;
    }

    /** Kinow's Retry-After in seconds, on a 429 that has one. */
    public Optional<Long> retryAfterSeconds() {
        return Optional.ofNullable(retryAfterSeconds);
    }

    /** Kinow errors are {"errors": "…"} or {"errors": ["…", …]}; anything else (a proxy's HTML page) is kept short. */
    static KinowException of(Response response) {
        String message;
        try {
            JsonNode errors = response.readEntity(JsonNode.class).path("errors");
            if (errors.isArray()) {
                List<String> parts = new ArrayList<>();
                errors.forEach(part -> parts.add(part.asText()));
                message = String.join(" | ", parts);
            } else {
                message = errors.isMissingNode() ? "(no errors field)" : errors.asText();
            }
        } catch (ProcessingException | IllegalStateException e) {
            message = "(body is not Kinow's JSON)";
        }
        return new KinowException(response.getStatus(), message, retryAfter(response));
    }

    private static Long retryAfter(Response response) {
        String value = response.getHeaderString(HttpHeaders.RETRY_AFTER);
        if (value == null) {
            return null;
        }
        try {
            return Math.max(0, Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return null; // an HTTP date: the default back-off applies
        }
    }
}
