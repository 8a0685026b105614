package fr.pitchoun.frontend.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An image of cms-service's media library. Its addresses ({@code /medias/...}) are relative to cms-service; this site
 * serves the same paths by relaying them ({@code MediaRelay}), so the browser loads them from here as they are.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Image(String url, String thumbnailUrl, String alt, int width, int height) {
}
