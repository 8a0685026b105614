package fr.pitchoun.auth.kinow;

/** Body of POST /customers/password-token-consume. */
public record KinowPasswordChange(String token, String password) {

    /** Neither the reset token nor the password may reach a log. */
    @Override
    public String toString() {
        return "KinowPasswordChange[…]";
    }
}
