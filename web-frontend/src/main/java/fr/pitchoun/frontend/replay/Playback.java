package fr.pitchoun.frontend.replay;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** auth-gateway's playback decision for a viewer and an episode's video (deploy/CONTRACTS.md "Replay"). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Playback(Mode mode, Player player, double resumeAtSeconds, int durationSeconds, String requiredOffer) {

    /** FULL: the whole episode; EXTRACT: its trailer only; LOCKED: nothing to play. */
    public enum Mode { FULL, EXTRACT, LOCKED }

    /** Kinow's player configuration: an HLS {@code manifest}, or only the {@code url} of Kinow's player page. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Player(String manifest, String url, String sessionId, List<Caption> captions) {

        public List<Caption> captionsOrNone() {
            return captions == null ? List.of() : captions;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Caption(String language, String label, String url) {
    }
}
