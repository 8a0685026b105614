package fr.pitchoun.cms.form;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/** French messages for the fields of a form, in the order the fields appear on the page. */
public final class FieldErrors {

    private final Map<String, String> messages = new LinkedHashMap<>();

    public static FieldErrors none() {
        return new FieldErrors();
    }

    /** The bean-validation messages of a form, ordered as its fields appear on the page ({@code fieldOrder}). */
    public static <T> FieldErrors of(Validator validator, T form, List<String> fieldOrder) {
        FieldErrors errors = none();
        validator.validate(form).stream()
                .sorted(Comparator.comparingInt((ConstraintViolation<T> v) -> fieldOrder.indexOf(v.getPropertyPath().toString())))
                .forEach(violation -> errors.add(violation.getPropertyPath().toString(), violation.getMessage()));
        return errors;
    }

    public void add(String field, String message) {
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
