package fr.pitchoun.auth.replay;

/** What a viewer may play of an episode. */
public enum PlaybackMode {
    /** The whole episode. */
    FULL,
    /** Its extract (trailer) only. */
    EXTRACT,
    /** Nothing: no player address is given. */
    LOCKED
}
