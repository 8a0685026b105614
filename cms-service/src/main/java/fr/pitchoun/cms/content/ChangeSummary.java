package fr.pitchoun.cms.content;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The audit trail's "what": which fields of a form an editor changed, in French. */
public final class ChangeSummary {

    private ChangeSummary() {
    }

    /** Compares the public text fields named in {@code labels} (in their order) of two forms of the same class. */
    public static String between(Object before, Object after, List<String> fields, Map<String, String> labels) {
        String changed = fields.stream()
                .filter(field -> !Objects.equals(read(before, field), read(after, field)))
                .map(field -> labels.getOrDefault(field, field))
                .collect(Collectors.joining(", "));
        return changed.isEmpty() ? "Aucun champ modifié." : "Champs modifiés : " + changed + ".";
    }

    private static Object read(Object form, String field) {
        try {
            return form.getClass().getField(field).get(form);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("No public field " + field + " on " + form.getClass(), e);
        }
    }
}
