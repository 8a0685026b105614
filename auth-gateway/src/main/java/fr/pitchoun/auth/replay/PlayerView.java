package fr.pitchoun.auth.replay;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Kinow's player configuration as the site uses it: a manifest for hls.js, or Kinow's own player page. */
@Schema(description = "Lecteur : manifeste HLS (hls.js) ou page du lecteur Kinow quand seul url est donné")
public record PlayerView(
        @Schema(nullable = true) String manifest,
        @Schema(nullable = true) String url,
        String sessionId,
        List<Caption> captions) {

    @Schema(description = "Sous-titres WebVTT")
    public record Caption(String language, String label, String url) {
    }
}
