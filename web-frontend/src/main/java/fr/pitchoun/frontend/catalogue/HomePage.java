package fr.pitchoun.frontend.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** cms-service's {@code GET /api/accueil}: the published blocks of the home page, in order. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HomePage(List<Block> blocks) {

    /** One block; only the fields of its kind are present. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Block(String kind, String title, String text, Image image, Link link, List<Programme> programmes,
                        String channel, String podcastShow, Integer eventCount) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Link(String label, String url) {
    }

    public List<Block> blocksOrNone() {
        return blocks == null ? List.of() : blocks;
    }
}
