package fr.pitchoun.transcode.channel;

/** Where a channel's FFmpeg stands, as shown by {@code GET /api/channels} and the metrics. */
public enum ChannelState {
    /** Known, nothing started yet. */
    IDLE,
    /** FFmpeg runs, no playlist written yet. */
    STARTING,
    /** FFmpeg writes segments. */
    LIVE,
    /** Stopped on an UNPUBLISHED event, or FFmpeg ended cleanly with its feed. */
    STOPPED,
    /** FFmpeg could not start or exited with an error. */
    FAILED
}
