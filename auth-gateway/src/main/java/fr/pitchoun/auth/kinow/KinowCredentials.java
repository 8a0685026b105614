package fr.pitchoun.auth.kinow;

/** Body of POST /customers/check-credentials. */
public record KinowCredentials(String email, String password) {

    /** Never print the password, whoever logs this. */
    @Override
    public String toString() {
        return "KinowCredentials[email=" + email + "]";
    }
}
