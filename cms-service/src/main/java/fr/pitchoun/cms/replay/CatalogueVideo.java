package fr.pitchoun.cms.replay;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A video of Kinow's catalogue as auth-gateway describes it; {@code extractId} null when it has no extract. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogueVideo(long videoId, Long productId, String title, Integer durationSeconds, String imageUrl,
                             Long extractId) {

    /** "13 min 05 s", as editors read a duration; "durée inconnue" when Kinow gives none. */
    public String durationLabel() {
        return durationSeconds == null ? "durée inconnue" : VideoDuration.label(durationSeconds);
    }

    /** The id as the picker's radio buttons send it. */
    public String idText() {
        return String.valueOf(videoId);
    }

    public boolean hasExtract() {
        return extractId != null;
    }
}
