package fr.pitchoun.podcast.sync;

public enum SyncResult {
    /** No sync attempted yet since the service started. */
    NEVER,
    SUCCESS,
    FAILURE
}
