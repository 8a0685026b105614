package fr.pitchoun.transcode.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Reads a stream-state record by hand, so that every way it can be wrong gets its own reason on the dead-letter topic.
 * Unknown fields are ignored, as the contract asks.
 */
@ApplicationScoped
public class StreamStateParser {

    /** The channel becomes a folder name under the HLS folder: nothing that could climb out of it. */
    private static final Pattern CHANNEL_SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final ObjectMapper json;

    public StreamStateParser(ObjectMapper json) {
        this.json = json;
    }

    public StreamStateEvent parse(String record) {
        if (record == null || record.isBlank()) {
            throw new InvalidStreamStateException("empty record");
        }
        JsonNode root;
        try {
            root = json.readTree(record);
        } catch (JsonProcessingException e) {
            throw new InvalidStreamStateException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (!root.isObject()) {
            throw new InvalidStreamStateException("not a JSON object");
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.canConvertToExactIntegral()) {
            throw new InvalidStreamStateException("missing or non-integer schemaVersion");
        }
        if (version.asInt() != StreamStateEvent.SCHEMA_VERSION) {
            throw new InvalidStreamStateException("unknown schemaVersion " + version.asText()
                    + " (this worker reads " + StreamStateEvent.SCHEMA_VERSION + ")");
        }
        String channel = requiredText(root, "channel");
        if (!CHANNEL_SLUG.matcher(channel).matches()) {
            throw new InvalidStreamStateException("channel '" + channel + "' is not a slug (" + CHANNEL_SLUG + ")");
        }
        StreamState state = state(requiredText(root, "state"));
        String pullUrl = optionalText(root, "pullUrl");
        if (state == StreamState.PUBLISHING && pullUrl == null) {
            throw new InvalidStreamStateException("PUBLISHING without pullUrl");
        }
        return new StreamStateEvent(StreamStateEvent.SCHEMA_VERSION, requiredText(root, "eventId"), channel, state,
                instant(requiredText(root, "occurredAt")), pullUrl);
    }

    private static StreamState state(String value) {
        try {
            return StreamState.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidStreamStateException("unknown state '" + value + "' (expected one of "
                    + Arrays.toString(StreamState.values()) + ")", e);
        }
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidStreamStateException("occurredAt '" + value + "' is not an ISO-8601 instant", e);
        }
    }

    private static String requiredText(JsonNode root, String field) {
        String value = optionalText(root, field);
        if (value == null) {
            throw new InvalidStreamStateException("missing " + field);
        }
        return value;
    }

    private static String optionalText(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidStreamStateException(field + " is not a string");
        }
        return node.asText().isBlank() ? null : node.asText();
    }
}
