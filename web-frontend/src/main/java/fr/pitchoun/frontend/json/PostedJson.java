package fr.pitchoun.frontend.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * The JSON that the site's players post (reports of play, positions). The site has no JSON provider for request
 * bodies, and a beacon (navigator.sendBeacon) of a string goes as text/plain anyway (a JSON type would need a CORS
 * preflight a beacon cannot make): every such endpoint takes the body as text and reads it here.
 */
@ApplicationScoped
public class PostedJson {

    private final ObjectMapper json;

    PostedJson(ObjectMapper json) {
        this.json = json;
    }

    /** The body as {@code type}, or empty when it is missing or is not that JSON. */
    public <T> Optional<T> read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readValue(body, type));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
