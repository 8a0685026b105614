package fr.pitchoun.auth.account;

import fr.pitchoun.auth.kinow.KinowRefusedException;
import fr.pitchoun.auth.session.Entitlement;
import fr.pitchoun.auth.session.SessionCookies;
import fr.pitchoun.auth.session.SessionTokens;
import fr.pitchoun.auth.session.ViewerSession;
import fr.pitchoun.auth.web.ApiError;
import fr.pitchoun.auth.web.HttpStatus;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.util.List;
import java.util.Map;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Compte", description = "Mon compte, inscription et mot de passe oublié (comptes Kinow)")
public class AccountResource {

    static final String RESET_SENT = "Si un compte existe pour cette adresse, un e-mail vient de lui être envoyé "
            + "avec un lien pour choisir un nouveau mot de passe.";
    static final String RESET_LINK_INVALID = "Ce lien n'est plus valide : demandez un nouvel e-mail de "
            + "réinitialisation.";
    static final String EMAIL_TAKEN = "Impossible de créer ce compte : cette adresse e-mail est peut-être déjà "
            + "utilisée. Essayez de vous connecter ou de réinitialiser votre mot de passe.";
    static final String NOT_SAVED = "Le compte n'a pas été créé : corrigez les champs signalés.";
    /** The account page never waits on Kinow longer than this for the details it shows beside the offer. */
    private static final Duration DETAILS_WAIT = Duration.ofMillis(1500);

    private final AccountService accounts;
    private final CustomerDirectory customers;
    private final SessionTokens sessions;
    private final SessionCookies cookies;

    AccountResource(AccountService accounts, CustomerDirectory customers, SessionTokens sessions,
                    SessionCookies cookies) {
        this.accounts = accounts;
        this.customers = customers;
        this.sessions = sessions;
        this.cookies = cookies;
    }

    @GET
    @Path("/account")
    @Blocking
    @Operation(summary = "Mon compte",
            description = "Offre de la session en cours et, si Kinow répond, nom et adresse e-mail (en cache).")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "401", description = "Pas de session valide",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public AccountView account(@CookieParam(SessionCookies.NAME) String token) {
        ViewerSession session = sessions.verify(token);
        List<Entitlement> entitlements = session.entitlements().stream().sorted().toList();
        String offer = AccountView.offerOf(entitlements);
        try {
            var customer = customers.customer(session.customerId()).await().atMost(DETAILS_WAIT);
            return new AccountView(session.customerId(), customer.firstname(), customer.lastname(), customer.email(),
                    entitlements, offer, true);
        } catch (RuntimeException e) {
            return new AccountView(session.customerId(), session.firstName(), null, null, entitlements, offer, false);
        }
    }

    @POST
    @Path("/accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Crée un compte", description = "Chez Kinow ; le spectateur est connecté aussitôt.")
    @APIResponse(responseCode = "201", description = "Compte créé, cookie de session posé")
    @APIResponse(responseCode = "409", description = "Kinow refuse (adresse déjà utilisée…)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "Champs à corriger",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "Kinow indisponible",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<Response> register(Registration registration) {
        Registration form = registration == null ? new Registration(null, null, null, null) : registration;
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            return Uni.createFrom().item(ApiError.response(HttpStatus.UNPROCESSABLE_ENTITY, NOT_SAVED, errors));
        }
        return accounts.register(form)
                .map(issued -> Response.status(Response.Status.CREATED)
                        .entity(new AccountView(issued.session().customerId(), issued.session().firstName(),
                                form.lastName().trim(), form.email().trim(), List.of(), AccountView.offerOf(List.of()),
                                true))
                        .cookie(cookies.holding(issued.token())).build())
                .onFailure(KinowRefusedException.class)
                .recoverWithItem(() -> ApiError.response(HttpStatus.CONFLICT, EMAIL_TAKEN));
    }

    @POST
    @Path("/password-resets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Envoie un lien pour choisir un nouveau mot de passe",
            description = "Même réponse que l'adresse soit connue ou non.")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "Kinow indisponible",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<Response> requestReset(PasswordResetRequest request) {
        if (request == null || request.email() == null || request.email().isBlank()) {
            return Uni.createFrom().item(ApiError.response(HttpStatus.BAD_REQUEST, "Indiquez votre adresse e-mail."));
        }
        return accounts.sendResetLink(request.email())
                .map(ignored -> ApiError.response(Response.Status.ACCEPTED.getStatusCode(), RESET_SENT));
    }

    @POST
    @Path("/password-resets/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choisit le nouveau mot de passe", description = "Avec le jeton du lien reçu par e-mail.")
    @APIResponse(responseCode = "204", description = "Mot de passe changé")
    @APIResponse(responseCode = "400", description = "Lien périmé ou inconnu",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "Mot de passe trop court",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<Response> choosePassword(NewPassword change) {
        if (change == null || change.token() == null || change.token().isBlank()) {
            return Uni.createFrom().item(ApiError.response(HttpStatus.BAD_REQUEST, RESET_LINK_INVALID));
        }
        String passwordError = Registration.passwordError(change.password());
        if (passwordError != null) {
            return Uni.createFrom().item(ApiError.response(HttpStatus.UNPROCESSABLE_ENTITY, passwordError,
                    Map.of("password", passwordError)));
        }
        return accounts.choosePassword(change)
                .map(ignored -> Response.noContent().build())
                .onFailure(KinowRefusedException.class)
                .recoverWithItem(() -> ApiError.response(HttpStatus.BAD_REQUEST, RESET_LINK_INVALID));
    }
}
