package fr.pitchoun.auth.profile;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Age bands a parent picks for a child; the code is what the API exchanges. */
public enum AgeBand {
    AGES_0_3("0-3", "0 à 3 ans"),
    AGES_4_6("4-6", "4 à 6 ans"),
    AGES_7_9("7-9", "7 à 9 ans"),
    AGES_10_12("10-12", "10 à 12 ans");

    private final String code;
    private final String label;

    AgeBand(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    static Optional<AgeBand> ofCode(String code) {
        return Arrays.stream(values()).filter(band -> band.code.equals(code)).findFirst();
    }

    /** The codes the API accepts, for messages: "0-3, 4-6, …". */
    static String allCodes() {
        return Arrays.stream(values()).map(AgeBand::code).collect(Collectors.joining(", "));
    }
}
