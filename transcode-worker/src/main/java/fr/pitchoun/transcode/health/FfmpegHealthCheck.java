package fr.pitchoun.transcode.health;

import fr.pitchoun.transcode.config.TranscodeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Ready only if FFmpeg runs: without it no channel can be transcoded. */
@Readiness
@ApplicationScoped
public class FfmpegHealthCheck implements HealthCheck {

    private static final String NAME = "ffmpeg";

    private final TranscodeConfig config;

    public FfmpegHealthCheck(TranscodeConfig config) {
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        String ffmpeg = config.ffmpeg();
        Process process;
        try {
            process = new ProcessBuilder(ffmpeg, "-version").redirectErrorStream(true).start();
        } catch (IOException e) {
            return down("FFmpeg introuvable : « " + ffmpeg + " » n'est pas dans le PATH (réglage pitchoun.transcode.ffmpeg)"
                    + " / FFmpeg not found: '" + ffmpeg + "' is not on the PATH (setting pitchoun.transcode.ffmpeg)");
        }
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return down("« " + ffmpeg + " -version » a échoué / '" + ffmpeg + " -version' failed: " + output.strip());
            }
            return HealthCheckResponse.named(NAME).up().withData("version", output.lines().findFirst().orElse("")).build();
        } catch (IOException e) {
            return down("« " + ffmpeg + " -version » illisible / unreadable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrompu / interrupted");
        } finally {
            process.destroyForcibly();
        }
    }

    private static HealthCheckResponse down(String message) {
        return HealthCheckResponse.named(NAME).down().withData("message", message).build();
    }
}
