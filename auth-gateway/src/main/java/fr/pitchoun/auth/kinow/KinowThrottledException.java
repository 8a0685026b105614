package fr.pitchoun.auth.kinow;

/** The gateway held a call back itself (request budget spent, or backing off after a 429): Kinow was not called. */
public class KinowThrottledException extends KinowUnavailableException {

    KinowThrottledException(String reason) {
        super(reason, null);
    }
}
