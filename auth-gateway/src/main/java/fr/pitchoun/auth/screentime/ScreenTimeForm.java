package fr.pitchoun.auth.screentime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A parent's screen-time settings for one child as typed (strings, so that a value that is not a number gets its own
 * French message rather than a JSON error). An empty limit means none; both hours empty mean no closed hours.
 */
@Schema(description = "Réglages du temps d'écran d'un enfant, tels que saisis")
public record ScreenTimeForm(
        @Schema(description = "Minutes par jour (0 à 1440) ; vide : sans limite", example = "45") String dailyLimitMinutes,
        @Schema(description = "Début des heures fermées, HH:MM ; vide : aucune", example = "20:00") String closedFrom,
        @Schema(description = "Fin des heures fermées, HH:MM", example = "07:00") String closedUntil) {

    static final int MAX_MINUTES = 1440;
    private static final Pattern HOUR = Pattern.compile("\\d{1,2}:\\d{2}");

    /** The French message of each field at fault; empty when the settings can be kept. */
    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        String limit = trimmed(dailyLimitMinutes);
        if (!limit.isEmpty()) {
            if (!limit.matches("\\d{1,5}")) {
                errors.put("dailyLimitMinutes",
                        "Indiquez un nombre entier de minutes, ou laissez vide pour ne pas limiter.");
            } else if (Integer.parseInt(limit) > MAX_MINUTES) {
                errors.put("dailyLimitMinutes", "La limite va de 0 à " + MAX_MINUTES + " minutes (24 heures).");
            }
        }
        String from = trimmed(closedFrom);
        String until = trimmed(closedUntil);
        if (from.isEmpty() != until.isEmpty()) {
            errors.put(from.isEmpty() ? "closedFrom" : "closedUntil",
                    "Indiquez le début et la fin des heures fermées, ou laissez les deux vides.");
            return errors;
        }
        LocalTime start = hour(from, "closedFrom", errors);
        LocalTime end = hour(until, "closedUntil", errors);
        if (start != null && start.equals(end)) {
            errors.put("closedUntil", "Les heures fermées ne peuvent pas commencer et finir à la même heure.");
        }
        return errors;
    }

    /** The settings; only once {@link #errors()} is empty. */
    public ScreenTimeSettings settings() {
        String limit = trimmed(dailyLimitMinutes);
        String from = trimmed(closedFrom);
        return new ScreenTimeSettings(limit.isEmpty() ? null : Integer.valueOf(limit),
                from.isEmpty() ? null : LocalTime.parse(pad(from)),
                from.isEmpty() ? null : LocalTime.parse(pad(trimmed(closedUntil))));
    }

    private static LocalTime hour(String text, String field, Map<String, String> errors) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            if (HOUR.matcher(text).matches()) {
                return LocalTime.parse(pad(text));
            }
        } catch (DateTimeParseException e) {
            // Said below, like any other malformed hour.
        }
        errors.put(field, "Heure attendue sous la forme HH:MM, par exemple 20:00.");
        return null;
    }

    private static String pad(String hour) {
        return hour.length() == 4 ? "0" + hour : hour;
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
