package fr.pitchoun.transcode.event;

/** A channel's feed as live-ingest-service sees it (deploy/CONTRACTS.md). */
public enum StreamState {
    /** The control room is on air: a transcoder pulls {@code pullUrl}. */
    PUBLISHING,
    /** The control room's feed stopped. */
    UNPUBLISHED
}
