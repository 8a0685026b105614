package fr.pitchoun.auth.kinow;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Kinow's PlayerConfiguration: {@code url} (Kinow's own player page), {@code manifest} (the stream, typed "object" by
 * the SDK: an address or an object holding one), {@code session_id} and {@code captions} (typed "string": kept as
 * JSON and read by the gateway's replay package).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record KinowPlayerConfiguration(String url, JsonNode manifest, String sessionId, JsonNode captions) {
}
