package fr.pitchoun.auth.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

@Schema(description = "Création d'un compte (chez Kinow)")
public record Registration(
        @Schema(example = "Inès") String firstName,
        @Schema(example = "Moreau") String lastName,
        @Schema(example = "ines@example.org") String email,
        @Schema(description = "8 caractères au moins") String password) {

    static final int PASSWORD_MIN_LENGTH = 8;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** French messages by field, in form order; empty when Kinow can be asked. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(firstName)) {
            errors.put("firstName", "Indiquez votre prénom.");
        }
        if (blank(lastName)) {
            errors.put("lastName", "Indiquez votre nom.");
        }
        if (blank(email) || !EMAIL.matcher(email.trim()).matches()) {
            errors.put("email", "Indiquez une adresse e-mail valide, par exemple nom@exemple.fr.");
        }
        String passwordError = passwordError(password);
        if (passwordError != null) {
            errors.put("password", passwordError);
        }
        return errors;
    }

    static String passwordError(String password) {
        return password == null || password.length() < PASSWORD_MIN_LENGTH
                ? "Choisissez un mot de passe d'au moins " + PASSWORD_MIN_LENGTH + " caractères." : null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "Registration[email=" + email + "]";
    }
}
