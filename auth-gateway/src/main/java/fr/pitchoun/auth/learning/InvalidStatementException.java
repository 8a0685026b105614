package fr.pitchoun.auth.learning;

/** A record of pitchoun.learning.statements that is not a statement this gateway can store. */
public class InvalidStatementException extends RuntimeException {

    public InvalidStatementException(String message) {
        super(message);
    }

    public InvalidStatementException(String message, Throwable cause) {
        super(message, cause);
    }
}
