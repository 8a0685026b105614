package fr.pitchoun.auth.serviceaccount;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

@Path("/oauth/token")
@Tag(name = "Jetons", description = "Clés publiques et jetons émis par la passerelle")
public class TokenEndpoint {

    private static final Logger LOG = Logger.getLogger(TokenEndpoint.class);

    private final ServiceAccounts accounts;

    TokenEndpoint(ServiceAccounts accounts) {
        this.accounts = accounts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Jeton de compte de service (client credentials)",
            description = "OAuth2 grant_type=client_credentials ; identifiant et secret du client en HTTP Basic ou "
                    + "dans le formulaire ; scope facultatif (par défaut, tous ceux du client).")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AccessToken.class)))
    @APIResponse(responseCode = "400", description = "grant_type non pris en charge ou scope non autorisé",
            content = @Content(schema = @Schema(implementation = OAuthError.class)))
    @APIResponse(responseCode = "401", description = "Client inconnu ou secret faux",
            content = @Content(schema = @Schema(implementation = OAuthError.class)))
    public Response token(@FormParam("grant_type") String grantType, @FormParam("client_id") String formClientId,
                          @FormParam("client_secret") String formSecret, @FormParam("scope") String scope,
                          @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (!"client_credentials".equals(grantType)) {
            return OAuthError.response(400, "unsupported_grant_type", "Only client_credentials is supported.");
        }
        String[] basic = basicCredentials(authorization);
        String clientId = basic != null ? basic[0] : formClientId;
        String secret = basic != null ? basic[1] : formSecret;
        Optional<String> client = accounts.authenticate(clientId, secret);
        if (client.isEmpty()) {
            LOG.warnf("Token refused: unknown client or wrong secret for client id '%s'", clientId);
            return OAuthError.response(401, "invalid_client", "Unknown client or wrong secret.");
        }
        Optional<Set<String>> scopes = accounts.grantable(client.get(), scope);
        if (scopes.isEmpty()) {
            return OAuthError.response(400, "invalid_scope", "Scope not allowed for this client: " + scope);
        }
        return Response.ok(accounts.issue(client.get(), scopes.get())).header("Cache-Control", "no-store").build();
    }

    /** RFC 6749 §2.3.1: id and secret form-urlencoded, then joined by ':' and base64-encoded. */
    private static String[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return null;
            }
            return new String[] {urlDecode(decoded.substring(0, colon)), urlDecode(decoded.substring(colon + 1))};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String urlDecode(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
