package fr.pitchoun.cms.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/** What an admin typed to create an editor's account; kept as text so it can be shown back as typed. */
public class AccountForm {

    static final java.util.List<String> FIELDS = java.util.List.of("email", "displayName", "role", "password",
            "passwordConfirmation");

    @RestForm
    @NotBlank(message = "Indiquez l'adresse e-mail.")
    @Email(message = "L'adresse e-mail n'est pas valide (exemple : prenom.nom@pitchoun.fr).")
    @Size(max = 254, message = "L'adresse e-mail ne doit pas dépasser 254 caractères.")
    public String email = "";

    @RestForm
    @NotBlank(message = "Indiquez le nom affiché.")
    @Size(max = 120, message = "Le nom ne doit pas dépasser 120 caractères.")
    public String displayName = "";

    @RestForm
    @Pattern(regexp = "ADMIN|EDITOR", message = "Choisissez un rôle.")
    public String role = Role.EDITOR.name();

    /** Length, not composition rules: long passphrases are what resists guessing (NIST SP 800-63B). */
    @RestForm
    @Size(min = 12, max = 128, message = "Le mot de passe doit compter entre 12 et 128 caractères.")
    public String password = "";

    @RestForm
    public String passwordConfirmation = "";

    AccountForm trimmed() {
        AccountForm copy = new AccountForm();
        copy.email = email == null ? "" : email.strip();
        copy.displayName = displayName == null ? "" : displayName.strip();
        copy.role = role == null ? "" : role.strip();
        copy.password = password == null ? "" : password;
        copy.passwordConfirmation = passwordConfirmation == null ? "" : passwordConfirmation;
        return copy;
    }
}
