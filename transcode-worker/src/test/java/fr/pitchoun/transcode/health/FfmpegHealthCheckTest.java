package fr.pitchoun.transcode.health;

import fr.pitchoun.transcode.config.TranscodeConfig;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FfmpegHealthCheckTest {

    record Settings(Path hlsDir, String ffmpeg, String preset, int segmentSeconds, int maxHeight)
            implements TranscodeConfig {
    }

    @Test
    void downWithAClearMessageWhenFfmpegIsNotOnThePath() {
        HealthCheckResponse response = new FfmpegHealthCheck(
                new Settings(Path.of("target/hls"), "ffmpeg-absent-from-path", "veryfast", 2, 720)).call();
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        String message = response.getData().orElseThrow().get("message").toString();
        assertTrue(message.startsWith("FFmpeg introuvable : « ffmpeg-absent-from-path » n'est pas dans le PATH"), message);
        assertTrue(message.contains("FFmpeg not found"), message);
    }

    @Test
    void upWithTheVersionWhenFfmpegRuns() {
        HealthCheckResponse response = new FfmpegHealthCheck(
                new Settings(Path.of("target/hls"), "ffmpeg", "veryfast", 2, 720)).call();
        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertTrue(response.getData().orElseThrow().get("version").toString().startsWith("ffmpeg version"));
    }
}
