package fr.pitchoun.podcast.ausha;

/** Ausha could not give the catalogue; the message, in French, is shown in the sync status. */
public class AushaException extends RuntimeException {

    private final Integer httpStatus;

    AushaException(String message, Integer httpStatus, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
    }

    /** Ausha's HTTP status, or null when it could not be reached at all. */
    public Integer httpStatus() {
        return httpStatus;
    }
}
