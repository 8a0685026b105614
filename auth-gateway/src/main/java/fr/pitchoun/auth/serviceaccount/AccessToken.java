package fr.pitchoun.auth.serviceaccount;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 6749 §5.1 access token response. */
@Schema(description = "Jeton d'accès d'un compte de service (RFC 6749)")
public record AccessToken(@JsonProperty("access_token") String accessToken,
                          @JsonProperty("token_type") String tokenType,
                          @JsonProperty("expires_in") long expiresIn,
                          String scope) {

    @Override
    public String toString() {
        return "AccessToken[scope=" + scope + "]";
    }
}
