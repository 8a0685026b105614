package fr.pitchoun.auth.kinow;

/**
 * Kinow understood the request and said no (wrong password, email already used, unknown reset token…): an answer
 * about the viewer's input, not a failure of Kinow, so it never counts towards opening the circuit.
 */
public class KinowRefusedException extends RuntimeException {

    private final int status;
    private final String kinowMessage;

    KinowRefusedException(KinowException answer) {
        super(answer.getMessage(), answer);
        this.status = answer.status();
        this.kinowMessage = answer.kinowMessage();
    }

    public int status() {
        return status;
    }

    public String kinowMessage() {
        return kinowMessage;
    }
}
