package fr.pitchoun.auth.replay;

/** Kinow could not answer a replay call (slow, failing, rate-limiting, circuit open) and nothing was cached. */
class ReplayUnavailableException extends RuntimeException {

    ReplayUnavailableException(Throwable cause) {
        super("Kinow unavailable for replay: " + cause, cause);
    }
}
