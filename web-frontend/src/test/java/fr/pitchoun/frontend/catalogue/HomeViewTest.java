package fr.pitchoun.frontend.catalogue;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HomeViewTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void anEventsBlockListsTheNextUpcomingEventsSoonestFirst() {
        HomePage page = new HomePage(List.of(block("EVENTS", "Agenda", 2)));
        List<UpcomingEvent> events = List.of(event("Plus tard", 10), event("Déjà passé", -1), event("Bientôt", 1),
                event("Demain", 2));

        HomeView view = HomeView.of(page, events, NOW);

        assertEquals(List.of("Bientôt", "Demain"), view.blocks().get(0).events().stream().map(UpcomingEvent::title).toList());
        assertFalse(view.startsWithHero(), "no hero: the page keeps its own heading");
    }

    @Test
    void aHeroFirstIsThePageHeadingAndAnEventDateReadsInFrench() {
        HomeView view = HomeView.of(new HomePage(List.of(block("HERO", "Bienvenue", null), block("HERO", "Autre", null))),
                List.of(), NOW);
        assertTrue(view.startsWithHero());
        assertFalse(view.blocks().get(1).mainHeading(), "one main heading only");
        assertEquals("samedi 5 décembre à 14 h 30",
                new UpcomingEvent("fete", "Fête", Instant.parse("2026-12-05T13:30:00Z"), null, null, null, null, null)
                        .when());
    }

    private static HomePage.Block block(String kind, String title, Integer eventCount) {
        return new HomePage.Block(kind, title, null, null, null, null, null, null, eventCount);
    }

    private static UpcomingEvent event(String title, int daysFromNow) {
        return new UpcomingEvent(title.toLowerCase(), title, NOW.plus(Duration.ofDays(daysFromNow)), null, "Paris",
                null, null, null);
    }
}
