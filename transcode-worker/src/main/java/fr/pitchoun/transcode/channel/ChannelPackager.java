package fr.pitchoun.transcode.channel;

import fr.pitchoun.transcode.ffmpeg.FfmpegRun;
import fr.pitchoun.transcode.ffmpeg.Rendition;
import fr.pitchoun.transcode.ffmpeg.Variant;
import fr.pitchoun.transcode.hls.ChannelPlaylists;
import fr.pitchoun.transcode.slate.SlateLoop;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fills the channel's public playlists one time slot after the other: with the segments an {@link FfmpegRun} finished
 * (every video rendition and the audio), else, once a live segment is late, with the standby slate. Not thread-safe:
 * only the channel's thread calls it, and it tells the channel's state machine what went on air.
 */
final class ChannelPackager {

    private static final Logger LOG = Logger.getLogger(ChannelPackager.class);
    /** A live segment this late (in segment durations) is given up on for this slot: the slate fills it. */
    private static final double LIVE_GRACE_SEGMENTS = 1.75;
    /** How often the live page's thumbnail of the channel is renewed. */
    static final Duration STILL_EVERY = Duration.ofSeconds(10);

    /** What the channel's state machine hears of each slot published. */
    interface OnAir {
        void live(boolean discontinuity);

        void slate();
    }

    private final String channel;
    private final List<Rendition> ladder;
    private final ChannelPlaylists playlists;
    private final Duration segment;
    private final int audioKbps;
    private final OnAir onAir;
    private final Clock clock;
    private final ChannelTools.Stills stills;
    private Instant stillDueAt = Instant.MIN;

    private SlateLoop slate;
    private List<Rendition> slateRenditions = List.of();
    private int slateIndex;

    /** Where the last published slot came from: an {@link FfmpegRun} or the {@link SlateLoop}. */
    private Object lastSource;
    private Instant lastPublishedAt;
    private Instant lastLiveAt;
    /** When the slate must fill the next slot if no live segment came. */
    private Instant slateDueAt;
    private List<Variant> announced = List.of();

    ChannelPackager(String channel, List<Rendition> ladder, ChannelPlaylists playlists, Duration segment,
            int audioKbps, OnAir onAir, Clock clock, ChannelTools.Stills stills) {
        this.channel = channel;
        this.ladder = ladder;
        this.playlists = playlists;
        this.segment = segment;
        this.audioKbps = audioKbps;
        this.onAir = onAir;
        this.clock = clock;
        this.stills = stills;
        this.slateDueAt = clock.instant();
    }

    /** Goes on from what a previous owner left in the channel's folder, if anything. */
    void resume() throws IOException {
        if (playlists.resume(ladder.stream().map(Rendition::name).toList())) {
            // The previous owner's timestamps end here: whatever comes next is a discontinuity.
            lastSource = this;
            lastPublishedAt = clock.instant();
        }
    }

    /** The renditions that have a public playlist. */
    Set<String> publicRenditions() {
        return playlists.renditions();
    }

    /** The ladder's renditions that have a public playlist, in the ladder's order. */
    List<Rendition> publicLadder() {
        return ladder.stream().filter(r -> playlists.renditions().contains(r.name())).toList();
    }

    /** Makes sure these renditions have playlists, and declares them in the master playlist. */
    void announce(List<Variant> variants) throws IOException {
        variants.forEach(v -> playlists.add(v.name()));
        announced = variants.stream().sorted(Comparator.comparingInt(Variant::height).reversed()).toList();
        playlists.writeMaster(announced.stream().map(v -> v.inMaster(audioKbps)).toList());
    }

    boolean nothingAnnounced() {
        return announced.isEmpty();
    }

    /** The announced renditions' names, tallest first. */
    List<String> announcedNames() {
        return announced.stream().map(Variant::name).toList();
    }

    /** The renditions a slate must be encoded for, when the one on hand does not cover the public ones. */
    Optional<List<Rendition>> slateNeeded() {
        List<Rendition> wanted = publicLadder();
        return wanted.equals(slateRenditions) ? Optional.empty() : Optional.of(wanted);
    }

    void slateReady(SlateLoop loop, List<Rendition> renditions) {
        boolean first = slate == null;
        slate = loop;
        slateRenditions = renditions;
        slateIndex = 0;
        if (first && lastSource == null) {
            slateDueAt = clock.instant();
        }
    }

    Instant lastPublishedAt() {
        return lastPublishedAt;
    }

    Instant lastLiveAt() {
        return lastLiveAt;
    }

    double startOverSeconds() {
        return playlists.startOverSeconds();
    }

    long keptBytes() {
        return playlists.keptBytes();
    }

    /** The live segments of this run stop here: the slate takes the next slot when it is due, not later. */
    void liveStopped(FfmpegRun stopped) {
        if (lastSource == stopped && lastPublishedAt != null) {
            Instant due = lastPublishedAt.plus(segment);
            if (due.isBefore(slateDueAt)) {
                slateDueAt = due;
            }
        }
    }

    /** Moves every slot FFmpeg finished in all renditions and in the audio into the public playlists. */
    void publishLive(FfmpegRun r, Instant now) throws IOException {
        Map<String, Integer> heights = r.variants().stream().collect(Collectors.toMap(Variant::name, Variant::height));
        for (Optional<FfmpegRun.Slot> slot = r.nextSlot(); slot.isPresent(); slot = r.nextSlot()) {
            boolean discontinuity = lastSource != r;
            playlists.append(pick(slot.get().files(), heights), slot.get().duration(), discontinuity, now);
            renewStillIfDue(now);
            r.slotPublished(slot.get(), now);
            lastSource = r;
            lastPublishedAt = now;
            lastLiveAt = now;
            slateDueAt = now.plusMillis((long) (segment.toMillis() * LIVE_GRACE_SEGMENTS));
            onAir.live(discontinuity);
        }
    }

    /** Puts the slate's next segment in the slot when no live segment came in time. */
    void publishSlateIfDue(Instant now) throws IOException {
        if (slate == null || now.isBefore(slateDueAt)) {
            return;
        }
        if (slateIndex >= slate.size()) {
            slateIndex = 0;
        }
        boolean discontinuity = lastSource != slate || slateIndex == 0;
        Map<String, Path> files = new HashMap<>();
        slate.segments().forEach((rendition, loop) -> files.put(rendition, loop.get(slateIndex)));
        Map<String, Integer> heights = new HashMap<>();
        slateRenditions.forEach(r -> heights.put(r.name(), r.height()));
        double duration = slate.durations().get(slateIndex);
        playlists.append(pick(files, heights), duration, discontinuity, now);
        renewStillIfDue(now);
        if (lastSource != slate) {
            LOG.infof("[%s] slate on air", channel);
        }
        onAir.slate();
        slateIndex++;
        lastSource = slate;
        lastPublishedAt = now;
        // The slate keeps the pace of the clock, not of this thread: due times add up exactly.
        slateDueAt = slateDueAt.plusMillis(Math.round(duration * 1000));
        if (slateDueAt.isBefore(now.minus(segment))) {
            slateDueAt = now;
        }
    }

    /**
     * Every {@link #STILL_EVERY}, the still from the newest segment of the lowest public rendition (the cheapest
     * picture to decode), as published: the staging copy may be gone by the time the still is made.
     */
    private void renewStillIfDue(Instant now) {
        if (now.isBefore(stillDueAt)) {
            return;
        }
        stillDueAt = now.plus(STILL_EVERY);
        ladder.stream().filter(r -> playlists.renditions().contains(r.name()))
                .min(Comparator.comparingInt(Rendition::height))
                .ifPresent(lowest -> stills.renew(playlists.newest(lowest.name()), playlists.still()));
    }

    /**
     * A file for every public rendition, from those available: its own, else the closest lower one (never a larger
     * picture than it declares), else the smallest; and the audio.
     */
    private Map<String, Path> pick(Map<String, Path> available, Map<String, Integer> heights) {
        Map<String, Path> chosen = new HashMap<>();
        chosen.put(ChannelPlaylists.AUDIO, available.get(ChannelPlaylists.AUDIO));
        for (String rendition : playlists.renditions()) {
            Path own = available.get(rendition);
            if (own != null) {
                chosen.put(rendition, own);
                continue;
            }
            int height = ladder.stream().filter(r -> r.name().equals(rendition)).mapToInt(Rendition::height)
                    .findFirst().orElse(Integer.MAX_VALUE);
            String best = heights.entrySet().stream().filter(e -> e.getValue() <= height)
                    .max(Map.Entry.comparingByValue())
                    .or(() -> heights.entrySet().stream().min(Map.Entry.comparingByValue()))
                    .map(Map.Entry::getKey).orElseThrow();
            chosen.put(rendition, available.get(best));
        }
        return chosen;
    }
}
