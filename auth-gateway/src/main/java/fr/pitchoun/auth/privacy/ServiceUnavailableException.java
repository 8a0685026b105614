package fr.pitchoun.auth.privacy;

/** Another of our services could not do its part of an erasure: nothing is erased here, the parent retries. */
public class ServiceUnavailableException extends RuntimeException {

    ServiceUnavailableException(String service, Throwable cause) {
        super(service + " unavailable", cause);
    }
}
