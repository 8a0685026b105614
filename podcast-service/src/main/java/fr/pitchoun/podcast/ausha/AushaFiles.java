package fr.pitchoun.podcast.ausha;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * An episode's files as Ausha's podcast object lists them ({@code "files": {"data": [{"format": "original",
 * "mime_type": "audio/mpeg", "size": 33834163, …}]}}, developers.ausha.co/docs/1.0/podcasts).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AushaFiles(List<AushaFile> data) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AushaFile(String format, String mimeType, Long size) {
    }

    /** The size in bytes of the original MP3, the file the audio address serves; null when Ausha gives none. */
    Long audioSizeBytes() {
        if (data == null) {
            return null;
        }
        return data.stream()
                .filter(file -> file.size() != null && file.size() > 0 && "audio/mpeg".equals(file.mimeType()))
                .sorted((a, b) -> Boolean.compare("original".equals(b.format()), "original".equals(a.format())))
                .map(AushaFile::size).findFirst().orElse(null);
    }
}
