package fr.pitchoun.auth.kinow;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;

/** A non-2xx answer from Kinow, with its status and the text of its "errors" field. */
public class KinowException extends RuntimeException {

    private final int status;

    public KinowException(int status, String kinowMessage) {
        super("Kinow answered " + status + ": " + kinowMessage);
        this.status = status;
    }

    public int status() {
        return status;
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
        return new KinowException(response.getStatus(), message);
    }
}
