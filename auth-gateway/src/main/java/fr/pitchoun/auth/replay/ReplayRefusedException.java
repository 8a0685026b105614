package fr.pitchoun.auth.replay;

/** A replay request refused with a status and a French message for the viewer. */
class ReplayRefusedException extends RuntimeException {

    private final int status;

    ReplayRefusedException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
