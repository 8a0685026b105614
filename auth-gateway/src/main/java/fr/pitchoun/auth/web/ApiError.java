package fr.pitchoun.auth.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** Every error of the JSON API: a French sentence for the viewer, and one per field when a form is at fault. */
@Schema(description = "Erreur, avec un message en français à afficher tel quel")
public record ApiError(
        @Schema(description = "Message pour l'utilisateur", example = "Adresse e-mail ou mot de passe incorrect.")
        String message,
        @Schema(description = "Message par champ à corriger (formulaires seulement)")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        Map<String, String> fields) {

    public static Response response(int status, String message) {
        return response(status, message, Map.of());
    }

    public static Response response(int status, String message, Map<String, String> fields) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiError(message, fields)).build();
    }
}
