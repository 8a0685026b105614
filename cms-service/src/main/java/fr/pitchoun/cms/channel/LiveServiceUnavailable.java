package fr.pitchoun.cms.channel;

/** live-ingest-service (or auth-gateway, for its token) cannot be reached or refused cms-service: nothing was done. */
public class LiveServiceUnavailable extends RuntimeException {

    LiveServiceUnavailable(String why, Throwable cause) {
        super(why, cause);
    }
}
