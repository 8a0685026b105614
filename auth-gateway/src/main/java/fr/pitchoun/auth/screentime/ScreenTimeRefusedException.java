package fr.pitchoun.auth.screentime;

/** Playback asked for a child whose screen time is over or whose hours are closed: answered 423 with the view. */
public class ScreenTimeRefusedException extends RuntimeException {

    private final transient ScreenTimeView view;

    ScreenTimeRefusedException(ScreenTimeView view) {
        super("screen time: " + view.reason(), null, false, false);
        this.view = view;
    }

    public ScreenTimeView view() {
        return view;
    }
}
