package fr.pitchoun.cms.schedule;

import fr.pitchoun.cms.content.ParisTime;
import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How slots read for editors: "lundi 30 novembre, 07:00–07:30" on the Paris clock. */
@TemplateExtension
public final class SlotDescriptions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRANCE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private SlotDescriptions() {
    }

    static String describe(Instant start, Instant end) {
        return DAY.format(start.atZone(ParisTime.ZONE)) + ", " + TIME.format(start.atZone(ParisTime.ZONE)) + "–"
                + TIME.format(end.atZone(ParisTime.ZONE));
    }

    /** Template: {slot.hours} → "07:00–07:30". */
    static String hours(ScheduleSlot slot) {
        return TIME.format(slot.startsAt.atZone(ParisTime.ZONE)) + "–" + TIME.format(slot.endsAt.atZone(ParisTime.ZONE));
    }

    /** Template: {day.dayTitle} → "lundi 30 novembre". */
    static String dayTitle(LocalDate day) {
        return DAY.format(day);
    }

    static LocalDate previousWeek(LocalDate monday) {
        return monday.minusDays(7);
    }

    static LocalDate nextWeek(LocalDate monday) {
        return monday.plusDays(7);
    }
}
