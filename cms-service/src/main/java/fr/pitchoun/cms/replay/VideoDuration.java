package fr.pitchoun.cms.replay;

/** Durations as the editors' pages show them. */
public final class VideoDuration {

    private VideoDuration() {
    }

    /** "13 min 05 s"; "45 s" under a minute. */
    public static String label(int seconds) {
        int minutes = seconds / 60;
        int rest = seconds % 60;
        return minutes == 0 ? rest + " s" : minutes + " min " + String.format("%02d", rest) + " s";
    }
}
