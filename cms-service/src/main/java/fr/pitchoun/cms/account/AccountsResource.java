package fr.pitchoun.cms.account;

import fr.pitchoun.cms.form.FieldErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.Optional;

/** Admins manage editors' accounts ({@link EditorGate} keeps everyone else out). */
@AdminOnly
@Path("/editeur/comptes")
@Produces(MediaType.TEXT_HTML)
public class AccountsResource {

    private static final int UNPROCESSABLE_CONTENT = 422;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accounts(List<EditorAccount> accounts, String message, String error);

        static native TemplateInstance newAccount(AccountForm form, FieldErrors errors);
    }

    private final EditorAccounts accounts;
    private final CurrentEditor current;

    AccountsResource(EditorAccounts accounts, CurrentEditor current) {
        this.accounts = accounts;
        this.current = current;
    }

    @GET
    public TemplateInstance list(@RestQuery String fait, @RestQuery Long compte, @RestQuery String erreur) {
        // Feedback comes as codes, never as text from the address: a link cannot make the page say anything else.
        String name = compte == null ? "" : accounts.byId(compte).map(a -> a.displayName + " (" + a.email + ")").orElse("");
        String message = fait == null ? null : switch (fait) {
            case "cree" -> "Le compte de " + name + " a été créé.";
            case "deverrouille" -> "Le compte de " + name + " est déverrouillé.";
            case "desactive" -> "Le compte de " + name + " est désactivé : ses sessions sont fermées.";
            case "active" -> "Le compte de " + name + " est réactivé.";
            default -> null;
        };
        String error = erreur == null ? null : switch (erreur) {
            case "soi-meme" -> "Vous ne pouvez pas désactiver votre propre compte.";
            case "introuvable" -> "Ce compte n'existe pas.";
            default -> null;
        };
        return Templates.accounts(accounts.all(), message, error);
    }

    @GET
    @Path("nouveau")
    public TemplateInstance newAccount() {
        return Templates.newAccount(new AccountForm(), FieldErrors.none());
    }

    @POST
    @Path("nouveau")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam AccountForm form) {
        EditorAccounts.Creation creation = accounts.create(form);
        if (!creation.succeeded()) {
            return Response.status(UNPROCESSABLE_CONTENT)
                    .entity(Templates.newAccount(creation.form(), creation.errors())).build();
        }
        return done("cree", creation.account().id);
    }

    @POST
    @Path("{id}/deverrouiller")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unlock(@RestPath long id) {
        return outcome(accounts.unlock(id), "deverrouille", "introuvable");
    }

    @POST
    @Path("{id}/desactiver")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deactivate(@RestPath long id) {
        return outcome(accounts.setActive(id, false, current.get()), "desactive", "soi-meme");
    }

    @POST
    @Path("{id}/activer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response activate(@RestPath long id) {
        return outcome(accounts.setActive(id, true, current.get()), "active", "introuvable");
    }

    private static Response outcome(Optional<EditorAccount> changed, String done, String error) {
        return changed.map(account -> done(done, account.id))
                .orElseGet(() -> Response.seeOther(UriBuilder.fromPath("/editeur/comptes")
                        .queryParam("erreur", error).build()).build());
    }

    /** Post/redirect/get back to the list, which says what was done. */
    private static Response done(String what, long accountId) {
        return Response.seeOther(UriBuilder.fromPath("/editeur/comptes")
                .queryParam("fait", what).queryParam("compte", accountId).build()).build();
    }
}
