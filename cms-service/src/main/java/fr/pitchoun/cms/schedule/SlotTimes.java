package fr.pitchoun.cms.schedule;

import fr.pitchoun.cms.content.ParisTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A slot as the control room writes it: a day, a start and an end time (Paris); an end before the start is the next day. */
record SlotTimes(Instant start, Instant end) {

    static final Duration LONGEST = Duration.ofHours(12);

    /** Empty, with the reason in French, when the text is not a valid slot. */
    static Parsed parse(String date, String start, String end) {
        LocalDate day;
        LocalTime from;
        LocalTime to;
        try {
            day = LocalDate.parse(date.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            return new Parsed(null, "la date « " + date + " » n'est pas une date (exemple : 2026-11-30)");
        }
        try {
            from = LocalTime.parse(start.strip());
            to = LocalTime.parse(end.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            return new Parsed(null, "les heures doivent s'écrire HH:MM (exemple : 07:30)");
        }
        Instant startsAt = day.atTime(from).atZone(ParisTime.ZONE).toInstant();
        LocalDate endDay = to.isAfter(from) ? day : day.plusDays(1);
        Instant endsAt = endDay.atTime(to).atZone(ParisTime.ZONE).toInstant();
        if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
            return new Parsed(null, "un créneau ne peut pas durer plus de 12 heures");
        }
        return new Parsed(new SlotTimes(startsAt, endsAt), null);
    }

    record Parsed(SlotTimes times, String error) {
        Optional<SlotTimes> value() {
            return Optional.ofNullable(times);
        }
    }

    boolean overlaps(SlotTimes other) {
        return start.isBefore(other.end) && end.isAfter(other.start);
    }
}
