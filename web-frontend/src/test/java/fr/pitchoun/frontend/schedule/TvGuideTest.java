package fr.pitchoun.frontend.schedule;

import fr.pitchoun.frontend.catalogue.ScheduleSlot;
import fr.pitchoun.frontend.catalogue.TvChannel;
import fr.pitchoun.frontend.dates.FrenchDates;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TvGuideTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");
    private static final TvChannel CHANNEL = new TvChannel("pitchoun-tv", "Pitchoun TV");

    @Test
    void theDayAskedForTodayByDefaultAndNothingForWhatIsNotADate() {
        assertEquals(Optional.of(TODAY), TvGuide.requestedDay(null, TODAY));
        assertEquals(Optional.of(TODAY), TvGuide.requestedDay("", TODAY));
        assertEquals(Optional.of(LocalDate.parse("2026-11-28")), TvGuide.requestedDay("2026-11-28", TODAY));
        assertEquals(Optional.empty(), TvGuide.requestedDay("28/11/2026", TODAY));
        assertEquals(Optional.empty(), TvGuide.requestedDay("2026-02-30", TODAY));
    }

    @Test
    void theWeekRunsSevenDaysFromTodayWithTheShownDayMarked() {
        TvGuide guide = TvGuide.of(TODAY.plusDays(2), List.of(), TODAY);

        assertEquals(List.of("aujourd'hui", "demain", "vendredi 27 novembre", "samedi 28 novembre",
                        "dimanche 29 novembre", "lundi 30 novembre", "mardi 1 décembre"),
                guide.week().stream().map(TvGuide.Day::label).toList());
        assertEquals(List.of(LocalDate.parse("2026-11-27")),
                guide.week().stream().filter(TvGuide.Day::shown).map(TvGuide.Day::date).toList());
        assertEquals("vendredi 27 novembre", guide.dayTitle());
        assertEquals("aujourd'hui, mercredi 25 novembre", TvGuide.of(TODAY, List.of(), TODAY).dayTitle());
    }

    @Test
    void theSlotOnAirIsMarkedAndTimesReadOnTheParisClock() {
        // Paris is UTC+1 in November.
        List<ScheduleSlot> slots = List.of(slot("07:00", "07:30", "Mission Océan"), slot("07:30", "08:00", "Lila"),
                slot("08:00", "08:30", "Contes"));

        TvGuide.ChannelDay day = TvGuide.channelDay(CHANNEL, slots, Instant.parse("2026-11-25T06:30:00Z"));

        assertEquals(List.of(false, true, false), day.slots().stream().map(TvGuide.Slot::onAir).toList(),
                "7 h 30 in Paris: the slot starting then is on air, the one ending then is not");
        assertEquals("7 h 30", day.slots().get(1).starts());
        assertEquals("8 h", day.slots().get(1).ends());
    }

    private static ScheduleSlot slot(String startsParis, String endsParis, String title) {
        return new ScheduleSlot(paris(startsParis), paris(endsParis), title, null);
    }

    private static Instant paris(String time) {
        return TODAY.atTime(LocalTime.parse(time)).atZone(FrenchDates.PARIS).toInstant();
    }
}
