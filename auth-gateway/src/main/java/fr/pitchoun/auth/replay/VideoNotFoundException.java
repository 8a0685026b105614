package fr.pitchoun.auth.replay;

/** Kinow does not know (or no longer has) this video. */
class VideoNotFoundException extends RuntimeException {

    VideoNotFoundException(long videoId) {
        super("Kinow has no video " + videoId);
    }
}
