package fr.pitchoun.auth.session;

/** Kinow refused the email and password (unknown email and wrong password alike). */
public class InvalidCredentialsException extends RuntimeException {

    public InvalidCredentialsException(Throwable kinowAnswer) {
        super("Kinow refused the credentials", kinowAnswer);
    }
}
