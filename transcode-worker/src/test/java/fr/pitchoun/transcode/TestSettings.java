package fr.pitchoun.transcode;

import fr.pitchoun.transcode.config.TranscodeConfig;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The worker's settings with their defaults, for tests of plain classes. */
public record TestSettings(Path hlsDir, String ffmpeg, String ffprobe, String preset, int segmentSeconds,
                           int playlistSegments, Duration startOverWindow, List<String> renditions, int audioKbps, int stallSegments,
                           int maxRestartDelaySeconds, URI ingestUrl) implements TranscodeConfig {

    public static TestSettings defaults() {
        return new TestSettings(Path.of("target/hls"), "ffmpeg", "ffprobe", "veryfast", 2, 6, Duration.ofMinutes(1),
                List.of("1080p:5000", "720p:2800", "480p:1200"), 128, 3, 30, URI.create("http://127.0.0.1:9"));
    }

    public TestSettings withFfmpeg(String executable) {
        return new TestSettings(hlsDir, executable, ffprobe, preset, segmentSeconds, playlistSegments, startOverWindow, renditions,
                audioKbps, stallSegments, maxRestartDelaySeconds, ingestUrl);
    }
}
