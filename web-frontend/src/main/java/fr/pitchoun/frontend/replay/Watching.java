package fr.pitchoun.frontend.replay;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.pitchoun.frontend.catalogue.Episode;

import java.time.Instant;
import java.util.List;

/** The viewer's started videos, newest first, as auth-gateway's {@code GET /api/replay/watching} gives them. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Watching(List<Item> items) {

    public static final Watching NONE = new Watching(List.of());

    public List<Item> itemsOrNone() {
        return items == null ? List.of() : items;
    }

    /** How far the viewer got in an episode (its latest position), or null if they have not started it. */
    public Item of(Episode episode) {
        if (!episode.playable()) {
            return null;
        }
        return itemsOrNone().stream().filter(item -> item.videoId() == episode.video().kinowVideoId())
                .findFirst().orElse(null);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(long videoId, double positionSeconds, int durationSeconds, Instant watchedAt) {

        /** How far the viewer got, in whole percent (0–100). */
        public int percent() {
            if (durationSeconds <= 0) {
                return 0;
            }
            return (int) Math.max(0, Math.min(100, Math.round(positionSeconds * 100 / durationSeconds)));
        }

        /** Watched to the end, give or take the credits: the programme page marks it « Vu ». */
        public boolean finished() {
            return Watching.finished(positionSeconds, durationSeconds);
        }
    }

    /** 90 % or more of a video of known length: watched. */
    static boolean finished(double positionSeconds, int durationSeconds) {
        return durationSeconds > 0 && positionSeconds >= durationSeconds * 0.9;
    }
}
