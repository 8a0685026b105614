package fr.pitchoun.frontend.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** cms-service's {@code GET /api/menus/{name}}: a menu's links in order. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CmsMenu(String name, List<Item> items) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String label, String url) {
    }
}
