package fr.pitchoun.auth.kinow;

/** Kinow could not give an answer: unreachable, failing, too slow, rate-limiting us, or refusing our client id. */
public class KinowUnavailableException extends RuntimeException {

    public KinowUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
