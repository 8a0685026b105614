package fr.pitchoun.auth.kinow;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** Kinow's I18nField: one language's value of a translated field (names, descriptions). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record KinowI18nField(Integer lang, String value, String isoCode) {

    /** The value in that language, else the first one given, else null. */
    public static String in(List<KinowI18nField> fields, String isoCode) {
        if (fields == null || fields.isEmpty()) {
            return null;
        }
        return fields.stream().filter(field -> isoCode.equalsIgnoreCase(field.isoCode())).findFirst()
                .orElse(fields.get(0)).value();
    }
}
