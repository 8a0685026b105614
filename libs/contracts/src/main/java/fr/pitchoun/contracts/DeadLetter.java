package fr.pitchoun.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * A Kafka record as one JSON document {@code {key, value, headers}}, header values read as UTF-8 text: how the
 * dead-letter topic's contract describes a record, whose meaning is in its headers as much as in its value.
 */
public final class DeadLetter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DeadLetter() {
    }

    public static String asJson(String key, String value, Map<String, String> headers) {
        ObjectNode record = JSON.createObjectNode();
        record.put("key", key);
        record.put("value", value);
        ObjectNode headerNode = record.putObject("headers");
        headers.forEach(headerNode::put);
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
