package fr.pitchoun.frontend.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A published radio and the streams listeners choose from ({@code GET /api/radios}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Radio(String slug, String name, String description, Image image, String nowPlaying,
                    List<Stream> versions) {

    /** One version of the radio: its name, its address and its format ({@code MP3}, {@code AAC} or {@code HLS}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Stream(String name, String streamUrl, String format) {
    }

    public List<Stream> versionsOrNone() {
        return versions == null ? List.of() : versions;
    }
}
