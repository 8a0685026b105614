package fr.pitchoun.frontend.podcast;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An episode the viewer's account started and did not finish. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResumePoint(String showSlug, String showTitle, String episodeSlug, String episodeTitle,
                          int positionSeconds, int durationSeconds, boolean exclusive) {

    public String positionInWords() {
        return positionSeconds / 60 + " min " + String.format("%02d", positionSeconds % 60) + " s";
    }
}
