package fr.pitchoun.frontend.event;

import fr.pitchoun.frontend.catalogue.UpcomingEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AgendaTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void upcomingEventsComeFirstSoonestFirstThenThePastOnesLatestFirst() {
        List<UpcomingEvent> events = List.of(event("Dans un mois", 24 * 30, null), event("Hier", -24, null),
                event("Demain", 24, null), event("La semaine dernière", -24 * 7, null),
                // Started two hours ago, ends in an hour: still on, so still to come for a visitor.
                event("En cours", -2, 3));

        Agenda agenda = Agenda.of(events, NOW);

        assertEquals(List.of("En cours", "Demain", "Dans un mois"), titles(agenda.upcoming()));
        assertEquals(List.of("Hier", "La semaine dernière"), titles(agenda.past()));
    }

    @Test
    void anEventEndingTheSameDayGivesOnlyItsEndTime() {
        UpcomingEvent show = event("Spectacle", 24, 2);
        assertEquals("jeudi 26 novembre à 13 h", show.when());
        assertEquals("15 h", show.endsWhen(), "the same day: the time is enough");
        assertEquals("samedi 28 novembre à 13 h", event("Stage", 24, 48).endsWhen(), "another day: with its day");
    }

    private static List<String> titles(List<UpcomingEvent> events) {
        return events.stream().map(UpcomingEvent::title).toList();
    }

    private static UpcomingEvent event(String title, int startInHours, Integer lastsHours) {
        Instant start = NOW.plus(Duration.ofHours(startInHours));
        return new UpcomingEvent(title.toLowerCase().replace(' ', '-'), title, start,
                lastsHours == null ? null : start.plus(Duration.ofHours(lastsHours)), "Paris", null, null, null);
    }
}
