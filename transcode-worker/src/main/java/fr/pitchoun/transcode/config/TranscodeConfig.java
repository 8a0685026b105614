package fr.pitchoun.transcode.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** How the worker runs FFmpeg and where it writes HLS (documented in the module README). */
@ConfigMapping(prefix = "pitchoun.transcode")
public interface TranscodeConfig {

    /** Folder NGINX serves under /hls/: each channel gets {@code <hls-dir>/<channel>/master.m3u8}. */
    @WithDefault("../.pitchoun/up/hls")
    Path hlsDir();

    /** The FFmpeg executable, a name looked up on the PATH or an absolute path. */
    @WithDefault("ffmpeg")
    String ffmpeg();

    /** The ffprobe executable, which measures a feed before the ladder is chosen. */
    @WithDefault("ffprobe")
    String ffprobe();

    /** libx264 preset: speed against compression; veryfast keeps a 1080p ladder in real time on two cores. */
    @WithDefault("veryfast")
    String preset();

    /** HLS segment length, also the keyframe interval so every segment starts on a keyframe. */
    @WithDefault("2")
    int segmentSeconds();

    /** Segments listed in each public playlist (rolling window). */
    @WithDefault("6")
    int playlistSegments();

    /**
     * Start-over: how long a channel's segments stay on disk after they leave the live window, listed in its
     * {@code <rendition>.startover.m3u8} playlists, so that a viewer can restart the programme on now (the longest
     * programme that can be restarted from its beginning). Disk use per channel: this long of every rendition.
     */
    @WithDefault("3h")
    Duration startOverWindow();

    /**
     * The ladder, highest first, as {@code <height>p:<video kbit/s>}: a source of height H gets the renditions no taller
     * than H (the smallest one, at the source's height, if H is below all of them).
     */
    @WithDefault("1080p:5000,720p:2800,480p:1200")
    List<String> renditions();

    /** AAC bit rate of every rendition, kbit/s. */
    @WithDefault("128")
    int audioKbps();

    /** A running FFmpeg that completes no segment for this many segment durations is killed and restarted. */
    @WithDefault("3")
    int stallSegments();

    /** Longest wait between two restarts of a failing FFmpeg, in seconds (1 s, 2 s, 4 s… up to this). */
    @WithDefault("30")
    int maxRestartDelaySeconds();

    /**
     * live-ingest-service, asked for the channels (live or not, pull URL, slate) when partitions are assigned; its
     * REST client reads it too ({@code quarkus.rest-client.ingest.url}, application.properties).
     */
    URI ingestUrl();
}
