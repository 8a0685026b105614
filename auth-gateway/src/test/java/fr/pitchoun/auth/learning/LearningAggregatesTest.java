package fr.pitchoun.auth.learning;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LearningAggregatesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aBatchAddsWatchedAndListenedTimeOncePerDayThemeAndItem() {
        LearningAggregates aggregates = new LearningAggregates(PARIS);
        aggregates.add(played(7, ItemKind.EPISODE, "/programmes/mission-ocean/les-abysses", 10, false,
                "2026-12-03T09:00:00Z", "océans", "animaux marins"));
        aggregates.add(played(7, ItemKind.EPISODE, "/programmes/mission-ocean/les-abysses", 30, true,
                "2026-12-03T09:01:00Z", "océans", "animaux marins"));
        aggregates.add(played(7, ItemKind.PODCAST_EPISODE, "/podcasts/contes/le-loup", 60, false,
                "2026-12-03T18:00:00Z", "contes"));

        LearningAggregates.DayTotals day = aggregates.days().get(
                new LearningAggregates.DayKey(7, LocalDate.parse("2026-12-03")));
        assertEquals(40_000, day.watchedMs);
        assertEquals(60_000, day.listenedMs);
        assertEquals(1, day.completed);
        assertEquals(3, day.statements);
        assertEquals(40_000, aggregates.themes().get(new LearningAggregates.ThemeKey(7,
                LocalDate.parse("2026-12-03"), "océans")).playedMs);
        assertEquals(List.of("animaux marins", "contes", "océans"),
                aggregates.themes().keySet().stream().map(LearningAggregates.ThemeKey::theme).toList());
        LearningAggregates.ItemTotals abysses = aggregates.items().get(
                new LearningAggregates.ItemKey(7, "https://pitchoun.fr/programmes/mission-ocean/les-abysses"));
        assertEquals(40_000, abysses.playedMs);
        assertEquals(2, abysses.statements);
        assertEquals(Instant.parse("2026-12-03T09:00:00Z"), abysses.firstPlayed);
        assertEquals(Instant.parse("2026-12-03T09:01:00Z"), abysses.lastPlayed);
        assertEquals(Instant.parse("2026-12-03T09:01:00Z"), abysses.completed);
        assertNull(aggregates.items().get(new LearningAggregates.ItemKey(7,
                "https://pitchoun.fr/podcasts/contes/le-loup")).completed);
    }

    @Test
    void daysAreParisDaysAcrossTheSpringClockChange() {
        LearningAggregates aggregates = new LearningAggregates(PARIS);
        // 29 March 2026: 23:30 UTC on the 28th is 00:30 on the 29th (UTC+1); 22:30 UTC on the 29th is 00:30 on the
        // 30th (UTC+2 since 01:00 UTC); 21:30 UTC on the 29th is still the 29th.
        for (String at : List.of("2026-03-28T22:30:00Z", "2026-03-28T23:30:00Z", "2026-03-29T21:30:00Z",
                "2026-03-29T22:30:00Z")) {
            aggregates.add(played(7, ItemKind.EPISODE, "/programmes/a/b", 10, false, at, "océans"));
        }
        assertEquals(List.of("2026-03-28", "2026-03-29", "2026-03-30"), aggregates.days().keySet().stream()
                .map(key -> key.day().toString()).toList());
        assertEquals(2, aggregates.days().get(new LearningAggregates.DayKey(7, LocalDate.parse("2026-03-29")))
                .statements);
    }

    static LearningStatement played(long profileId, ItemKind kind, String path, int seconds, boolean completed,
                                    String at, String... themes) {
        return new LearningStatement(UUID.randomUUID().toString(), profileId,
                completed ? Verb.COMPLETED : Verb.PLAYED, kind, "https://pitchoun.fr" + path, "Titre de " + path,
                List.of(themes), 6, 10, Duration.ofMinutes(20), Duration.ofSeconds(seconds), completed, null, null,
                Instant.parse(at));
    }
}
