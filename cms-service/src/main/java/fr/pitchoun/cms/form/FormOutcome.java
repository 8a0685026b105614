package fr.pitchoun.cms.form;

/** The outcome of a form sent to a catalogue: the stored item, or the messages to show next to the fields. */
public record FormOutcome<F, T>(F form, FieldErrors errors, T item) {

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
