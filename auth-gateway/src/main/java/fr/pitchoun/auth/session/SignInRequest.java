package fr.pitchoun.auth.session;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Identifiants du compte Kinow du spectateur")
public record SignInRequest(
        @Schema(example = "mypitchoun@demo.pitchoun.fr") String email,
        @Schema(example = "pitchoun") String password) {

    boolean complete() {
        return email != null && !email.isBlank() && password != null && !password.isEmpty();
    }

    /** Never print the password, whoever logs this. */
    @Override
    public String toString() {
        return "SignInRequest[email=" + email + "]";
    }
}
