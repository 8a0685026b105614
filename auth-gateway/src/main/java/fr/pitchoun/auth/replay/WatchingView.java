package fr.pitchoun.auth.replay;

import java.time.Instant;
import java.util.List;

/** "Continuer à regarder": the viewer's started videos, newest first. */
public record WatchingView(List<Item> items) {

    public record Item(long videoId, double positionSeconds, Integer durationSeconds, Instant watchedAt) {
    }
}
