package fr.pitchoun.frontend.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.Map;

/**
 * "Mot de passe oublié": the e-mail is relayed to auth-gateway, which mails a link to {@code /mot-de-passe/nouveau
 * ?jeton=…} (its {@code password-reset.page-url}); that page sends the token and the new password back to it.
 */
@Path("/mot-de-passe")
@Produces(MediaType.TEXT_HTML)
public class PasswordPages {

    static final String MISSING_EMAIL = "Indiquez votre adresse e-mail.";
    static final String CONFIRMATION_DIFFERS = "Les deux mots de passe ne sont pas identiques : saisissez-les à "
            + "nouveau.";
    static final String LINK_INVALID = "Ce lien n'est plus valide : demandez un nouvel e-mail de réinitialisation.";
    private static final Logger LOG = Logger.getLogger(PasswordPages.class);

    @CheckedTemplate
    static class Templates {
        /** The request form, or (sent) the confirmation that says the same whether the account exists or not. */
        static native TemplateInstance oubli(String email, String error, String sent);

        /** The new-password form for a token, or (done) the confirmation. */
        static native TemplateInstance nouveau(String token, String error, boolean done);
    }

    private final AuthClient gateway;

    PasswordPages(@RestClient AuthClient gateway) {
        this.gateway = gateway;
    }

    @GET
    @Path("oublie")
    public TemplateInstance forgotForm() {
        return Templates.oubli("", null, null);
    }

    @POST
    @Path("oublie")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestLink(@FormParam("email") String email) {
        String typed = email == null ? "" : email.trim();
        if (typed.isEmpty()) {
            return AccountPages.page(400, Templates.oubli(typed, MISSING_EMAIL, null));
        }
        try (Response answer = gateway.requestPasswordReset(Map.of("email", typed))) {
            String message = AccountPages.messageOf(answer);
            if (answer.getStatus() == 202) {
                return AccountPages.page(200, Templates.oubli(typed, null, message));
            }
            return AccountPages.page(answer.getStatus(), Templates.oubli(typed, message, null));
        } catch (RuntimeException e) {
            LOG.warnf("Password reset not requested, auth-gateway unreachable: %s", e.toString());
            return AccountPages.page(503, Templates.oubli(typed, AccountPages.GATEWAY_UNREACHABLE, null));
        }
    }

    @GET
    @Path("nouveau")
    public Response newPasswordForm(@QueryParam("jeton") String token) {
        if (token == null || token.isBlank()) {
            return AccountPages.page(400, Templates.nouveau("", LINK_INVALID, false));
        }
        return AccountPages.page(200, Templates.nouveau(token, null, false));
    }

    @POST
    @Path("nouveau")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choosePassword(@FormParam("jeton") String token, @FormParam("motDePasse") String password,
                                   @FormParam("confirmation") String confirmation) {
        String kept = token == null ? "" : token;
        String confirmationError = confirmationError(password, confirmation);
        if (confirmationError != null) {
            return AccountPages.page(422, Templates.nouveau(kept, confirmationError, false));
        }
        try (Response answer = gateway.choosePassword(Map.of("token", kept, "password", password))) {
            if (answer.getStatus() == 204) {
                return AccountPages.page(200, Templates.nouveau("", null, true));
            }
            return AccountPages.page(answer.getStatus(),
                    Templates.nouveau(kept, AccountPages.messageOf(answer), false));
        } catch (RuntimeException e) {
            LOG.warnf("New password not recorded, auth-gateway unreachable: %s", e.toString());
            return AccountPages.page(503, Templates.nouveau(kept, AccountPages.GATEWAY_UNREACHABLE, false));
        }
    }

    /** The site's own check, which the gateway cannot make: the password typed twice the same. */
    static String confirmationError(String password, String confirmation) {
        return password != null && !password.isEmpty() && !password.equals(confirmation) ? CONFIRMATION_DIFFERS : null;
    }
}
