package fr.pitchoun.auth.token;

/** A token that is missing, malformed, tampered with, expired, signed by another key, meant for others or revoked. */
public class InvalidTokenException extends RuntimeException {

    public InvalidTokenException(String reason) {
        super(reason);
    }

    public InvalidTokenException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
