package fr.pitchoun.frontend.dates;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FrenchDatesTest {

    @Test
    void aMomentReadsInFrenchOnTheParisClock() {
        // 13:30 UTC is 14:30 in Paris in winter, 15:30 in summer.
        assertEquals("samedi 28 novembre à 14 h 30", FrenchDates.dayAndTime(Instant.parse("2026-11-28T13:30:00Z")));
        assertEquals("mercredi 1 juillet à 15 h 30", FrenchDates.dayAndTime(Instant.parse("2026-07-01T13:30:00Z")));
    }

    @Test
    void onTheHourTheMinutesAreLeftOut() {
        assertEquals("9 h", FrenchDates.time(Instant.parse("2026-11-28T08:00:00Z")));
        assertEquals("0 h 05", FrenchDates.time(Instant.parse("2026-11-27T23:05:00Z")));
    }

    @Test
    void aDayWithOrWithoutItsYear() {
        assertEquals("vendredi 1 janvier", FrenchDates.day(LocalDate.parse("2027-01-01")));
        assertEquals("vendredi 1 janvier 2027", FrenchDates.dayWithYear(LocalDate.parse("2027-01-01")));
        assertEquals("", FrenchDates.dayAndTime(null), "an unknown date writes nothing");
    }
}
