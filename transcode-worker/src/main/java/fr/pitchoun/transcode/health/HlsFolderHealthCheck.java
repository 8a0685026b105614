package fr.pitchoun.transcode.health;

import fr.pitchoun.transcode.config.TranscodeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Ready only if the HLS folder NGINX serves exists (created if needed) and this process can write to it. */
@Readiness
@ApplicationScoped
public class HlsFolderHealthCheck implements HealthCheck {

    private static final String NAME = "hls-folder";

    private final TranscodeConfig config;

    public HlsFolderHealthCheck(TranscodeConfig config) {
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        Path dir = config.hlsDir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            return down(dir, "impossible de créer le dossier HLS / cannot create the HLS folder: " + e.getMessage());
        }
        if (!Files.isWritable(dir)) {
            return down(dir, "le dossier HLS n'est pas accessible en écriture / the HLS folder is not writable");
        }
        return HealthCheckResponse.named(NAME).up().withData("path", dir.toString()).build();
    }

    private static HealthCheckResponse down(Path dir, String message) {
        return HealthCheckResponse.named(NAME).down().withData("path", dir.toString()).withData("message", message)
                .build();
    }
}
