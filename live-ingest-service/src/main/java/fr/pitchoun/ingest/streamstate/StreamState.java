package fr.pitchoun.ingest.streamstate;

/** The states of deploy/CONTRACTS.md's pitchoun.live.stream-state topic. */
public enum StreamState {
    /** The control room is on air; the event's pullUrl is where to pull the feed. */
    PUBLISHING,
    /** The feed stopped. */
    UNPUBLISHED
}
