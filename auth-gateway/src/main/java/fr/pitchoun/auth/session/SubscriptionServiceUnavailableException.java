package fr.pitchoun.auth.session;

/** Kinow could not tell who the viewer is: unreachable, too slow, failing, or refusing our client credentials. */
public class SubscriptionServiceUnavailableException extends RuntimeException {

    SubscriptionServiceUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
