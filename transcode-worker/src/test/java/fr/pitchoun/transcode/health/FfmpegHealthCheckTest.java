package fr.pitchoun.transcode.health;

import fr.pitchoun.transcode.TestSettings;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FfmpegHealthCheckTest {

    @Test
    void downWithAClearMessageWhenFfmpegIsNotOnThePath() {
        HealthCheckResponse response = new FfmpegHealthCheck(
                TestSettings.defaults().withFfmpeg("ffmpeg-absent-from-path")).call();
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        String message = response.getData().orElseThrow().get("message").toString();
        assertTrue(message.startsWith("FFmpeg introuvable : « ffmpeg-absent-from-path » n'est pas dans le PATH"), message);
        assertTrue(message.contains("FFmpeg not found"), message);
    }

    @Test
    void upWithTheVersionWhenFfmpegRuns() {
        HealthCheckResponse response = new FfmpegHealthCheck(TestSettings.defaults()).call();
        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertTrue(response.getData().orElseThrow().get("version").toString().startsWith("ffmpeg version"));
    }
}
