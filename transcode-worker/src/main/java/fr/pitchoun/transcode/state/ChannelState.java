package fr.pitchoun.transcode.state;

/** Where a channel stands, as shown by {@code GET /api/channels}, the metrics and the transcode-state topic. */
public enum ChannelState {
    /** The control room is on air and FFmpeg is connecting to its feed; the slate is on air meanwhile. */
    STARTING,
    /** The playlists carry the control room's feed. */
    LIVE,
    /** The playlists carry the standby slate: no feed, or FFmpeg restarting after a failure. */
    SLATE,
    /** The feed should be on air but FFmpeg failed several times in a row; the slate is on air, restarts go on. */
    FAILED
}
