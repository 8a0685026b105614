package fr.pitchoun.frontend.dates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as the site writes them: in French, on the Paris clock ("samedi 28 novembre à 14 h 30"). */
public final class FrenchDates {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRANCE);
    private static final DateTimeFormatter DAY_WITH_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);

    private FrenchDates() {
    }

    /** "samedi 28 novembre à 14 h 30" ("à 9 h" on the hour). */
    public static String dayAndTime(Instant at) {
        return at == null ? "" : DAY.format(at.atZone(PARIS)) + " à " + time(at);
    }

    /** "14 h 30", "9 h". */
    public static String time(Instant at) {
        if (at == null) {
            return "";
        }
        ZonedDateTime paris = at.atZone(PARIS);
        return paris.getMinute() == 0 ? paris.getHour() + " h"
                : paris.getHour() + " h " + String.format(Locale.FRANCE, "%02d", paris.getMinute());
    }

    /** "samedi 28 novembre". */
    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** "samedi 28 novembre 2026", for what may be of another year (news). */
    public static String dayWithYear(LocalDate day) {
        return day == null ? "" : DAY_WITH_YEAR.format(day);
    }
}
