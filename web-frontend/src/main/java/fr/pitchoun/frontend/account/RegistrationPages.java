package fr.pitchoun.frontend.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** "Créer un compte": the form relayed to auth-gateway, which creates the Kinow account and signs the viewer in. */
@Path("/inscription")
@Produces(MediaType.TEXT_HTML)
public class RegistrationPages {

    static final String NOT_SAVED = "Le compte n'a pas été créé : corrigez les champs signalés.";
    private static final Logger LOG = Logger.getLogger(RegistrationPages.class);
    /** The gateway's field names and the form's. */
    private static final Map<String, String> FORM_FIELDS = Map.of("firstName", "prenom", "lastName", "nom",
            "email", "email", "password", "motDePasse");

    /** What the viewer typed, passwords excepted: kept when the form comes back. */
    public record Typed(String firstName, String lastName, String email) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inscription(Typed typed, String error, Map<String, String> fieldErrors);
    }

    private final AuthClient gateway;

    RegistrationPages(@RestClient AuthClient gateway) {
        this.gateway = gateway;
    }

    @GET
    public TemplateInstance form() {
        return Templates.inscription(new Typed("", "", ""), null, Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@FormParam("prenom") String firstName, @FormParam("nom") String lastName,
                             @FormParam("email") String email, @FormParam("motDePasse") String password,
                             @FormParam("confirmation") String confirmation) {
        Typed typed = new Typed(trim(firstName), trim(lastName), trim(email));
        String confirmationError = PasswordPages.confirmationError(password, confirmation);
        if (confirmationError != null) {
            return AccountPages.page(422, Templates.inscription(typed, NOT_SAVED,
                    Map.of("confirmation", confirmationError)));
        }
        Map<String, String> account = Map.of("firstName", typed.firstName(), "lastName", typed.lastName(),
                "email", typed.email(), "password", password == null ? "" : password);
        try (Response answer = gateway.register(account)) {
            if (answer.getStatus() == 201) {
                Response.ResponseBuilder welcome = Response.seeOther(URI.create("/mon-compte"));
                SiteSessions.setCookies(answer).forEach(cookie -> welcome.header("Set-Cookie", cookie));
                return welcome.build();
            }
            JsonNode refusal = bodyOf(answer);
            String message = refusal.path("message").textValue();
            return AccountPages.page(answer.getStatus(), Templates.inscription(typed,
                    message == null ? AccountPages.GATEWAY_UNREACHABLE : message, fieldErrors(refusal)));
        } catch (RuntimeException e) {
            LOG.warnf("Registration impossible, auth-gateway unreachable: %s", e.toString());
            return AccountPages.page(503, Templates.inscription(typed, AccountPages.GATEWAY_UNREACHABLE, Map.of()));
        }
    }

    private static JsonNode bodyOf(Response answer) {
        try {
            return answer.readEntity(JsonNode.class);
        } catch (RuntimeException e) {
            return MissingNode.getInstance();
        }
    }

    /** The gateway's messages by field ({@code fields} of its error), under the form's field names. */
    private static Map<String, String> fieldErrors(JsonNode refusal) {
        Map<String, String> errors = new LinkedHashMap<>();
        refusal.path("fields").fields().forEachRemaining(field -> {
            String formField = FORM_FIELDS.get(field.getKey());
            if (formField != null && field.getValue().isTextual()) {
                errors.put(formField, field.getValue().textValue());
            }
        });
        return errors;
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
