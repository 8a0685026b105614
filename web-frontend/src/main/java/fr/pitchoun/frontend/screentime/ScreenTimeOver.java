package fr.pitchoun.frontend.screentime;

/**
 * Thrown where the site would issue playback for a child whose screen time is over: the pages answer with the
 * pause page (303), the players' refresh calls with 423 ({@link ScreenTimePages}).
 */
public class ScreenTimeOver extends RuntimeException {

    private final transient Pause pause;

    public ScreenTimeOver(Pause pause) {
        super("screen time over: " + pause.reason(), null, false, false);
        this.pause = pause;
    }

    public Pause pause() {
        return pause;
    }
}
