package fr.pitchoun.auth.serviceaccount;

/** A valid service-account token that does not hold the scope the call needs. */
public class MissingScopeException extends RuntimeException {

    MissingScopeException(String reason) {
        super(reason);
    }
}
