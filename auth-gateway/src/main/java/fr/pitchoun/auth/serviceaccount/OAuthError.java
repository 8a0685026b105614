package fr.pitchoun.auth.serviceaccount;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 6749 §5.2 error response: what quarkus-oidc-client and every OAuth2 client read. */
@Schema(description = "Erreur OAuth2 (RFC 6749 §5.2)")
public record OAuthError(String error, @JsonProperty("error_description") String errorDescription) {

    static Response response(int status, String error, String description) {
        Response.ResponseBuilder builder = Response.status(status).type(MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store").entity(new OAuthError(error, description));
        if (status == 401) {
            builder.header("WWW-Authenticate", "Basic realm=\"pitchoun-auth-gateway\"");
        }
        return builder.build();
    }
}
