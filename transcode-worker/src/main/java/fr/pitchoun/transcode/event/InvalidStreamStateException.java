package fr.pitchoun.transcode.event;

/** A stream-state record the worker cannot act on; its message is the reason written to the dead-letter topic. */
public class InvalidStreamStateException extends RuntimeException {

    public InvalidStreamStateException(String reason) {
        super(reason);
    }

    public InvalidStreamStateException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
