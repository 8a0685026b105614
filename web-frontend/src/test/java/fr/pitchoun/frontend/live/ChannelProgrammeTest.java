package fr.pitchoun.frontend.live;

import fr.pitchoun.frontend.catalogue.ScheduleSlot;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ChannelProgrammeTest {

    // Paris is UTC+1 in December: 14:00 UTC is 15 h there, and the Paris day ends at 23:00 UTC.
    private static final List<ScheduleSlot> DAY = List.of(
            slot("2026-12-03T13:34:00Z", "2026-12-03T14:00:00Z", "Mission Océan"),
            slot("2026-12-03T14:00:00Z", "2026-12-03T14:26:00Z", "Les Petits Chefs"),
            slot("2026-12-03T14:30:00Z", "2026-12-03T15:00:00Z", "Contes du soir"),
            slot("2026-12-03T22:30:00Z", "2026-12-03T23:30:00Z", "Nuit des étoiles"),
            slot("2026-12-04T05:00:00Z", "2026-12-04T05:30:00Z", "Réveil en douceur"));

    @Test
    void theProgrammeOnNowSaysHowFarItHasGoneThenWhatComesNextAndTheRestOfTheDay() {
        ChannelProgramme programme = ChannelProgramme.of(DAY, Instant.parse("2026-12-03T14:12:30Z"));

        assertEquals("Les Petits Chefs", programme.now().title());
        assertEquals("15 h", programme.now().starts());
        assertEquals("12 min sur 26", programme.now().progress());
        assertEquals("Contes du soir", programme.next().title());
        assertEquals("à 15 h 30", programme.next().when());
        assertEquals(List.of("Nuit des étoiles"), programme.later().stream()
                .map(ChannelProgramme.Broadcast::title).toList(), "tomorrow's programmes are not today's rest");
    }

    @Test
    void betweenTwoSlotsNothingIsOnAndTheNextMayBeTomorrowsFirst() {
        ChannelProgramme gap = ChannelProgramme.of(DAY, Instant.parse("2026-12-03T14:27:00Z"));
        assertNull(gap.now());
        assertEquals("Contes du soir", gap.next().title());

        ChannelProgramme night = ChannelProgramme.of(DAY, Instant.parse("2026-12-04T00:00:00Z"));
        assertNull(night.now());
        assertEquals("Réveil en douceur", night.next().title());
        assertEquals("à 6 h", night.next().when(), "after midnight, tomorrow's first is today's");
        ChannelProgramme evening = ChannelProgramme.of(DAY.subList(4, 5), Instant.parse("2026-12-03T22:00:00Z"));
        assertEquals("demain à 6 h", evening.next().when(), "before midnight, tomorrow's first is « demain »");
    }

    @Test
    void anUnreadableScheduleShowsNoProgramme() {
        assertEquals(false, ChannelProgramme.UNKNOWN.known());
        assertNull(ChannelProgramme.UNKNOWN.now());
    }

    private static ScheduleSlot slot(String start, String end, String title) {
        return new ScheduleSlot(Instant.parse(start), Instant.parse(end), title, null);
    }
}
