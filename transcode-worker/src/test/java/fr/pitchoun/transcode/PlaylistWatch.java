package fr.pitchoun.transcode;

import fr.pitchoun.transcode.hls.MediaPlaylist;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** Plays a player's part: polls a media playlist every 50 ms and notes when each segment first appeared. */
public final class PlaylistWatch implements AutoCloseable {

    /** A segment as a player saw it appear. */
    public record Seen(MediaPlaylist.Segment segment, Instant at) {
    }

    private final Path playlist;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;

    public PlaylistWatch(Path playlist) {
        this.playlist = playlist;
        poller = new Thread(this::poll, "playlist-watch");
        poller.setDaemon(true);
        poller.start();
    }

    private void poll() {
        long last = Long.MIN_VALUE;
        while (running) {
            try {
                for (MediaPlaylist.Segment segment : MediaPlaylist.read(playlist).segments()) {
                    if (segment.sequence() > last) {
                        seen.add(new Seen(segment, Instant.now()));
                        last = segment.sequence();
                    }
                }
                Thread.sleep(50);
            } catch (Exception e) {
                // A playlist being replaced: read it again next time.
            }
        }
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    /** Waits until a segment matching {@code condition} appears after those already seen; returns it. */
    public Seen awaitNext(String what, Predicate<MediaPlaylist.Segment> condition, Duration atMost) {
        int from = seen.size();
        return await(what + " in " + playlist).atMost(atMost).pollInterval(Duration.ofMillis(100))
                .until(() -> seen.subList(from, seen.size()).stream().filter(s -> condition.test(s.segment()))
                        .findFirst().orElse(null), s -> s != null);
    }

    /** The longest time between two consecutive segments appearing, from {@code from} on. */
    public Duration longestGapSince(Instant from) {
        List<Seen> all = new ArrayList<>(seen);
        Duration longest = Duration.ZERO;
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).at().isAfter(from)) {
                Duration gap = Duration.between(all.get(i - 1).at(), all.get(i).at());
                if (gap.compareTo(longest) > 0) {
                    longest = gap;
                }
            }
        }
        return longest;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.join(1000);
    }
}
