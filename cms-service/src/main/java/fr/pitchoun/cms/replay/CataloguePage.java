package fr.pitchoun.cms.replay;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** One page of a title search in Kinow's catalogue. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CataloguePage(List<CatalogueVideo> videos, int page, boolean hasMore) {

    public CataloguePage {
        videos = videos == null ? List.of() : List.copyOf(videos);
    }
}
