package fr.pitchoun.cms.programme;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** French messages for the fields of a form, in the order the fields appear on the page. */
public final class FieldErrors {

    private final Map<String, String> messages = new LinkedHashMap<>();

    public static FieldErrors none() {
        return new FieldErrors();
    }

    void add(String field, String message) {
        messages.merge(field, message, (first, second) -> first + " " + second);
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    public String get(String field) {
        return messages.getOrDefault(field, "");
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public Map<String, String> all() {
        return Collections.unmodifiableMap(messages);
    }
}
