package fr.pitchoun.cms.editor;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/** Browsers send untrimmed text; spaces around a value are never meaningful in the editors' forms. */
public final class FormText {

    private FormText() {
    }

    /** A copy of a form (public String fields, no-argument constructor) with every text stripped, null as "". */
    public static <F> F trimmed(F form) {
        try {
            @SuppressWarnings("unchecked")
            F copy = (F) form.getClass().getDeclaredConstructor().newInstance();
            for (Field field : form.getClass().getFields()) {
                if (field.getType() == String.class && !Modifier.isStatic(field.getModifiers())) {
                    String value = (String) field.get(form);
                    field.set(copy, value == null ? "" : value.strip());
                }
            }
            return copy;
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("Not a form: " + form.getClass(), e);
        }
    }
}
