package fr.pitchoun.frontend.replay;

import fr.pitchoun.frontend.security.ContentSecurityPolicy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an episode page shows where its video goes, from auth-gateway's decision: hls.js for a manifest, Kinow's own
 * player page when the configuration gives only its {@code url}, or why nothing plays. Only the states that play
 * expose an address: a LOCKED decision never puts one in the page, whatever the answer carried.
 */
public record EpisodePlayer(State state, Playback playback) {

    public enum State {
        /** The episode has no Kinow video. */
        NO_VIDEO,
        /** hls.js (or Safari's own HLS) plays the manifest. */
        HLS,
        /** Kinow's player page, in a frame. */
        KINOW_PAGE,
        /** The viewer may not play it and there is no extract: what the offer unlocks instead. */
        LOCKED,
        /** Kinow no longer knows the video. */
        UNKNOWN_VIDEO,
        /** Kinow or the gateway is away, or the answer cannot be played: « Lecture momentanément indisponible ». */
        UNAVAILABLE
    }

    static final EpisodePlayer NO_VIDEO = new EpisodePlayer(State.NO_VIDEO, null);
    static final EpisodePlayer UNKNOWN = new EpisodePlayer(State.UNKNOWN_VIDEO, null);
    static final EpisodePlayer UNAVAILABLE = new EpisodePlayer(State.UNAVAILABLE, null);

    /** The page's player for the gateway's decision. */
    public static EpisodePlayer of(Playback playback) {
        if (playback == null || playback.mode() == null) {
            return UNAVAILABLE;
        }
        if (playback.mode() == Playback.Mode.LOCKED) {
            return new EpisodePlayer(State.LOCKED, new Playback(Playback.Mode.LOCKED, null, 0,
                    playback.durationSeconds(), playback.requiredOffer()));
        }
        Playback.Player player = playback.player();
        if (player != null && present(player.manifest())) {
            return new EpisodePlayer(State.HLS, playback);
        }
        if (player != null && present(player.url())) {
            return new EpisodePlayer(State.KINOW_PAGE, playback);
        }
        return UNAVAILABLE;
    }

    public boolean hls() {
        return state == State.HLS;
    }

    public boolean kinowPage() {
        return state == State.KINOW_PAGE;
    }

    public boolean locked() {
        return state == State.LOCKED;
    }

    public boolean unknownVideo() {
        return state == State.UNKNOWN_VIDEO;
    }

    public boolean unavailable() {
        return state == State.UNAVAILABLE;
    }

    /** Something plays (the whole episode or its extract). */
    public boolean plays() {
        return hls() || kinowPage();
    }

    /** What plays is the extract only: the page says so, and what the offer would unlock. */
    public boolean extract() {
        return plays() && playback.mode() == Playback.Mode.EXTRACT;
    }

    /** The page tells what subscribing would unlock: a locked episode or one whose extract only plays. */
    public boolean invitesToSubscribe() {
        return locked() || extract();
    }

    /** The offer that would play it whole, as the site names it. */
    public String offer() {
        return playback != null && "MYPITCHOUN_PLUS".equals(playback.requiredOffer()) ? "MyPitchoun+" : "MyPitchoun";
    }

    /** Whether the whole episode is early access (MyPitchoun+ only until its broadcast). */
    public boolean earlyAccessOffer() {
        return "MyPitchoun+".equals(offer());
    }

    public String manifest() {
        return hls() ? playback.player().manifest() : null;
    }

    public String pageUrl() {
        return kinowPage() ? playback.player().url() : null;
    }

    public List<Playback.Caption> captions() {
        return hls() ? playback.player().captionsOrNone().stream().filter(c -> present(c.url())).toList() : List.of();
    }

    /**
     * Where the player starts: where the viewer stopped, for the whole episode only (whole seconds); from the start
     * again once they watched it to the end, as the programme page marks it « Vu ».
     */
    public long resumeAt() {
        if (!hls() || playback.mode() != Playback.Mode.FULL) {
            return 0;
        }
        double at = Math.max(0, playback.resumeAtSeconds());
        return Watching.finished(at, playback.durationSeconds()) ? 0 : (long) at;
    }

    /** The site's player reports the position of the whole episode it plays (Kinow's own page reports itself). */
    public boolean reportsProgress() {
        return hls() && playback.mode() == Playback.Mode.FULL && present(playback.player().sessionId());
    }

    public String sessionId() {
        return reportsProgress() ? playback.player().sessionId() : null;
    }

    /** Origins the page must let hls.js fetch and the video element play: the manifest's and the captions'. */
    public Set<String> mediaOrigins() {
        Set<String> origins = new LinkedHashSet<>();
        Optional.ofNullable(manifest()).flatMap(ContentSecurityPolicy::origin).ifPresent(origins::add);
        captions().forEach(c -> ContentSecurityPolicy.origin(c.url()).ifPresent(origins::add));
        return origins;
    }

    /** The origin of Kinow's player page, which the page must let it frame. */
    public Set<String> frameOrigins() {
        return Optional.ofNullable(pageUrl()).flatMap(ContentSecurityPolicy::origin).map(Set::of).orElse(Set.of());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
