package fr.pitchoun.cms.form;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.lang.reflect.Modifier;

/** Browsers send untrimmed text; spaces around a value are never meaningful in the editors' forms. */
public final class FormText {

    private FormText() {
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    /** A copy of a form (public String and List<String> fields, no-argument constructor) with every text stripped, null as "". */
    public static <F> F trimmed(F form) {
        try {
            @SuppressWarnings("unchecked")
            F copy = (F) form.getClass().getDeclaredConstructor().newInstance();
            for (Field field : form.getClass().getFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                if (field.getType() == String.class) {
                    field.set(copy, strip((String) field.get(form)));
                } else if (field.getType() == List.class) {
                    // Repeated fields (several selects of one name): every value stripped, the empty ones dropped.
                    @SuppressWarnings("unchecked")
                    List<String> values = (List<String>) field.get(form);
                    field.set(copy, values == null ? new ArrayList<String>()
                            : new ArrayList<>(values.stream().map(FormText::strip).filter(v -> !v.isEmpty()).toList()));
                }
            }
            return copy;
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("Not a form: " + form.getClass(), e);
        }
    }
}
