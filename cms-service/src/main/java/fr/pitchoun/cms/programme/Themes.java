package fr.pitchoun.cms.programme;

import java.util.Arrays;
import java.util.List;

/** Themes are typed as one comma-separated line and stored so; readers get them as a list. */
final class Themes {

    private Themes() {
    }

    static List<String> split(String themes) {
        return themes == null || themes.isBlank() ? List.of()
                : Arrays.stream(themes.split(",")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    /** The line as it is stored: tidied, one space after each comma. */
    static String tidy(String themes) {
        return String.join(", ", split(themes));
    }
}
