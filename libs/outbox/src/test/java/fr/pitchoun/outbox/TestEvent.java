package fr.pitchoun.outbox;

/** A service's event: the run and sequence let a test pick its own records and check their order. */
public record TestEvent(String eventId, String run, String key, int sequence) {
}
