package fr.pitchoun.auth.kinow;

/** Body of POST /customers/password-token. */
public record KinowEmail(String email) {
}
