package fr.pitchoun.cms.content;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Editors type and read times on the group's clock (Paris), as the browser's datetime-local fields send them. */
public final class ParisTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private ParisTime() {
    }

    /** "2026-12-01T18:30" as typed; empty when it is not such a date and time. */
    public static Optional<Instant> parseField(String typed) {
        try {
            return Optional.of(LocalDateTime.parse(typed.strip()).atZone(ZONE).toInstant());
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The value a datetime-local field shows for an instant ("" for none). */
    public static String field(Instant instant) {
        return instant == null ? "" : FIELD.format(instant.atZone(ZONE).truncatedTo(ChronoUnit.MINUTES));
    }
}
